package dev.tizza.auth.rest;

import dev.tizza.auth.api.KeysApi;
import dev.tizza.auth.token.SigningKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

@RequestScoped
public class KeysResource implements KeysApi {

  @Inject
  SigningKey signingKey;

  @Override
  public Response getSigningKeys() {
    return Response.ok(signingKey.publicKeySet()).header("Cache-Control", "public, max-age=300")
        .build();
  }
}
