package dev.tizza.platform;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSA private key from PEM (PKCS#8, "BEGIN PRIVATE KEY") with the JDK alone, so that
 * no service needs a second crypto provider just to load its key.
 */
public final class RsaPem {

  private static final Pattern PRIVATE_KEY = Pattern.compile(
      "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

  /** A key pair whose public half is derived from the private key. */
  public record RsaKeys(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {
  }

  private RsaPem() {
  }

  public static RsaKeys read(String pem) {
    Matcher block = PRIVATE_KEY.matcher(pem);
    if (!block.find()) {
      throw new IllegalArgumentException("No PKCS#8 'PRIVATE KEY' block in the PEM text");
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(block.group(1));
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
      RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
          new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      return new RsaKeys(publicKey, privateKey);
    } catch (GeneralSecurityException | ClassCastException failure) {
      throw new IllegalArgumentException("The PEM text is not an RSA private key", failure);
    }
  }
}
