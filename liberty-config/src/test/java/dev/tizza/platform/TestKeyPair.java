package dev.tizza.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Writes the throw-away RSA key pair that the integration-test servers of every service trust,
 * as PEM files, unless they exist already. Never used outside tests.
 */
public final class TestKeyPair {

  private TestKeyPair() {
  }

  public static void main(String[] args) throws IOException, GeneralSecurityException {
    Path dir = Path.of(args[0]);
    Path privateKey = dir.resolve("private.pem");
    Path publicKey = dir.resolve("public.pem");
    if (Files.exists(privateKey) && Files.exists(publicKey)) {
      return;
    }
    Files.createDirectories(dir);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();

    // The public half is written beside the private one, as key files for signers often are.
    Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded())
        + pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }
}
