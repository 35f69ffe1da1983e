package dev.tizza.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.tizza.auth.domain.Role;
import dev.tizza.auth.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks the short-lived access tokens of tizza: RS256 JWTs in the MicroProfile JWT
 * format ({@code upn} and {@code sub} are the user's id, {@code groups} their roles), so any
 * tizza service can verify them with the published public key alone.
 */
@ApplicationScoped
public class AccessTokens {

  @Inject
  SigningKey signingKey;

  @Inject
  @ConfigProperty(name = "jwt.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "jwt.audience")
  String audience;

  @Inject
  @ConfigProperty(name = "jwt.ttl.seconds", defaultValue = "900")
  int ttlSeconds;

  public int ttlSeconds() {
    return ttlSeconds;
  }

  public String issueFor(UserAccount account) {
    Instant now = Instant.now();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(account.id().toString())
        .claim("upn", account.id().toString())
        .claim("groups", account.roles().stream().map(Role::name).sorted().toList())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(ttlSeconds)))
        .jwtID(UUID.randomUUID().toString())
        .build();
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
        .keyID(signingKey.privateKey().getKeyID())
        .type(JOSEObjectType.JWT)
        .build();
    SignedJWT token = new SignedJWT(header, claims);
    try {
      token.sign(new RSASSASigner(signingKey.privateKey()));
    } catch (JOSEException failure) {
      throw new IllegalStateException("Cannot sign an access token", failure);
    }
    return token.serialize();
  }

  /** The user id in a token this service signed, if it is valid, unexpired and for us. */
  public Optional<UUID> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new RSASSAVerifier(signingKey.privateKey().toRSAPublicKey()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      boolean valid = issuer.equals(claims.getIssuer())
          && claims.getAudience().contains(audience)
          && expires != null && expires.toInstant().isAfter(Instant.now());
      return valid ? Optional.of(UUID.fromString(claims.getSubject())) : Optional.empty();
    } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException bad) {
      return Optional.empty();
    }
  }
}
