package dev.tizza.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tizza.client.auth.model.AccountChanges;
import dev.tizza.client.auth.model.Role;
import dev.tizza.client.auth.model.User;
import dev.tizza.platform.GeneratedCode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published auth client says what auth.yaml means where generators are known to slip: a
 * PATCH body carries only the fields being changed (absent is "leave it", and no field of
 * tizza's PATCH bodies can be cleared, so absent and null never need telling apart), and
 * enums and UUIDs read as the contract writes them.
 */
class GeneratedAuthClientTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Test
  void shouldGenerateOnlyJakartaAndJsonbCode() throws Exception {
    GeneratedCode.assertJakartaAndJsonbOnly(Path.of("target/generated-sources/openapi"));
  }

  @Test
  void shouldSendOnlyTheChangedFieldsInAPatch() {
    AccountChanges changes = new AccountChanges().displayName("Dina R.");

    Map<String, Object> sent = JSON.fromJson(JSON.toJson(changes), Map.class);

    assertThat(sent).containsOnlyKeys("displayName");
  }

  @Test
  void shouldReadRolesAndIdsAsWritten() {
    User user = JSON.fromJson("{\"id\":\"00000000-0000-4000-8000-000000000002\","
        + "\"email\":\"carlo@tizza.dev\",\"displayName\":\"Carlo\","
        + "\"roles\":[\"DINER\",\"CREATOR\"]}", User.class);

    assertThat(user.getId()).hasToString("00000000-0000-4000-8000-000000000002");
    assertThat(user.getRoles()).containsExactly(Role.DINER, Role.CREATOR);
    assertThat(JSON.toJson(Role.ADMIN)).isEqualTo("\"ADMIN\"");
  }
}
