package dev.tizza.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.tizza.platform.RsaPem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key that signs access tokens, read from JWT_SIGNING_KEY (PEM) or the file named by
 * JWT_SIGNING_KEY_FILE. Without either a throw-away key is made at start, which is fine on a
 * developer's machine and wrong anywhere with more than one replica or any restart.
 */
@ApplicationScoped
public class SigningKey {

  private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());

  @Inject
  @ConfigProperty(name = "jwt.signing.key")
  Optional<String> pem;

  @Inject
  @ConfigProperty(name = "jwt.signing.key.file")
  Optional<String> pemFile;

  private RSAKey key;

  @PostConstruct
  void load() {
    try {
      key = withIdAndUse(readConfiguredKey().orElseGet(SigningKey::throwAwayKey));
    } catch (JOSEException failure) {
      throw new IllegalStateException("The JWT signing key is not a usable RSA key", failure);
    }
  }

  public RSAKey privateKey() {
    return key;
  }

  /** The JWKS document that lets other services verify our tokens. */
  public Map<String, Object> publicKeySet() {
    return new JWKSet(key.toPublicJWK()).toJSONObject(true);
  }

  private Optional<RSAKey> readConfiguredKey() {
    Optional<String> text = pem.filter(value -> !value.isBlank());
    if (text.isEmpty()) {
      text = pemFile.filter(value -> !value.isBlank()).map(SigningKey::readFile);
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    RsaPem.RsaKeys keys = RsaPem.read(text.get());
    return Optional.of(new RSAKey.Builder(keys.publicKey()).privateKey(keys.privateKey()).build());
  }

  private static String readFile(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException failure) {
      throw new UncheckedIOException("Cannot read JWT_SIGNING_KEY_FILE", failure);
    }
  }

  private static RSAKey throwAwayKey() {
    LOG.warning("No JWT_SIGNING_KEY or JWT_SIGNING_KEY_FILE set: signing tokens with a key made"
        + " at start; tokens will not survive a restart. Set one in production.");
    try {
      return new RSAKeyGenerator(2048).generate();
    } catch (JOSEException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private static RSAKey withIdAndUse(RSAKey raw) throws JOSEException {
    return new RSAKey.Builder(raw)
        .keyIDFromThumbprint()
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .build();
  }
}
