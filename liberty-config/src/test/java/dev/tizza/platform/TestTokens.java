package dev.tizza.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens for integration tests, signed with the test key pair that the test servers
 * trust, shaped like those of the auth service. Every part can be spoiled on purpose.
 */
public final class TestTokens {

  public static final String ISSUER = "https://tizza.dev/auth";
  public static final String AUDIENCE = "tizza";

  private final String issuer;
  private final String audience;
  private final Duration lifetime;

  private TestTokens(String issuer, String audience, Duration lifetime) {
    this.issuer = issuer;
    this.audience = audience;
    this.lifetime = lifetime;
  }

  public static TestTokens valid() {
    return new TestTokens(ISSUER, AUDIENCE, Duration.ofMinutes(5));
  }

  public TestTokens issuedBy(String otherIssuer) {
    return new TestTokens(otherIssuer, audience, lifetime);
  }

  public TestTokens forAudience(String otherAudience) {
    return new TestTokens(issuer, otherAudience, lifetime);
  }

  public TestTokens expired() {
    return new TestTokens(issuer, audience, Duration.ofMinutes(-5));
  }

  public String forUser(UUID userId, String... roles) {
    try {
      RSAKey key = privateKey();
      SignedJWT token = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
          claims(userId, roles));
      token.sign(new RSASSASigner(key));
      return token.serialize();
    } catch (JOSEException | IOException failure) {
      throw new IllegalStateException(failure);
    }
  }

  /**
   * The algorithm-confusion attack: HS256 with the verifier's public key as the shared secret,
   * which a careless verifier would accept.
   */
  public String hs256WithThePublicKey(UUID userId, String... roles) {
    try {
      byte[] publicKey = Files.readAllBytes(keysDir().resolve("public.pem"));
      SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
          claims(userId, roles));
      token.sign(new MACSigner(publicKey));
      return token.serialize();
    } catch (JOSEException | IOException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private JWTClaimsSet claims(UUID userId, String... roles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(userId.toString())
        .claim("upn", userId.toString())
        .claim("groups", List.of(roles))
        .issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
        .expirationTime(Date.from(now.plus(lifetime)))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  private static Path keysDir() {
    return Path.of(System.getProperty("tizza.it.keys", "target/it-keys"));
  }

  private static RSAKey privateKey() throws IOException, JOSEException {
    RsaPem.RsaKeys pair = RsaPem.read(Files.readString(keysDir().resolve("private.pem")));
    return new RSAKey.Builder(pair.publicKey()).privateKey(pair.privateKey())
        .keyIDFromThumbprint().build();
  }
}
