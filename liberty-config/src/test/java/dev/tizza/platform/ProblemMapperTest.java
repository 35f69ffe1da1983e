package dev.tizza.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  @Test
  void shouldAnswerAnUnreadableBodyAsMalformed() {
    Problem problem = ProblemMapper.toProblem(
        new BadRequestException(new JsonbException("Unexpected char at 3")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("https://tizza.dev/problems/malformed-body");
    assertThat(problem.detail()).doesNotContain("Unexpected char");
  }

  @Test
  void shouldAnswerAnUnconvertibleParameterWith400NotWith404() {
    Problem problem = ProblemMapper.toProblem(
        new NotFoundException("cannot convert", new NumberFormatException("abc")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).endsWith("/invalid-parameter");
  }

  @Test
  void shouldKeepAPlainNotFoundAs404() {
    assertThat(ProblemMapper.toProblem(new NotFoundException()).status()).isEqualTo(404);
  }

  @Test
  void shouldKeepTheStatusOfOtherClientErrors() {
    assertThat(ProblemMapper.toProblem(new NotSupportedException()).type())
        .endsWith("/unsupported-media-type");
    assertThat(ProblemMapper.toProblem(new NotAllowedException("GET")).status()).isEqualTo(405);
  }

  @Test
  void shouldHideTheDetailsOfUnexpectedFailures() {
    Problem problem = ProblemMapper.toProblem(new IllegalStateException("db password is x"));

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.detail()).doesNotContain("password");
  }

  @Test
  void shouldAnswerADuplicateKeyFromTheDatabaseAsAConflictWithoutLoggingIt() {
    Problem problem = ProblemMapper.toProblem(new IllegalStateException("commit failed",
        new java.sql.SQLException("duplicate key (email)=(a@b.c)", "23505")));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).doesNotContain("a@b.c");
  }

  @Test
  void shouldAnswerTextTheDatabaseCannotHoldAs400() {
    Problem problem = ProblemMapper.toProblem(new RuntimeException(
        new java.sql.SQLException("invalid byte sequence 0x00", "22021")));

    assertThat(problem.status()).isEqualTo(400);
  }

  @Test
  void shouldAnswerAConcurrentChangeAsAConflict() {
    Problem problem = ProblemMapper.toProblem(new RuntimeException(
        new jakarta.persistence.OptimisticLockException("stale")));

    assertThat(problem.status()).isEqualTo(409);
  }

  @Test
  void shouldPassAProblemExceptionThrough() {
    Problem problem = ProblemMapper.toProblem(
        new ProblemException(ProblemKind.CONFLICT, "That email is taken."));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).isEqualTo("That email is taken.");
  }

  @Test
  void shouldNameAParameterThatCouldNotBeConvertedButNotRepeatItsValue() {
    Problem named = ProblemMapper.unconvertibleParameter("RESTEASY003870: Unable to extract "
        + "parameter from http request: jakarta.ws.rs.PathParam(\"pizzeriaId\") value is "
        + "'18446744073709551617'");
    Problem unnamed = ProblemMapper.unconvertibleParameter("something else");

    assertThat(named.errors()).extracting(Problem.FieldError::field).containsExactly("pizzeriaId");
    assertThat(named.detail()).contains("pizzeriaId").doesNotContain("18446744073709551617");
    assertThat(unnamed.errors()).isNullOrEmpty();
    assertThat(unnamed.status()).isEqualTo(400);
  }

  /** A generated interface and its implementation, as JAX-RS sees them. */
  @jakarta.ws.rs.Path("/things")
  public interface ThingsApi {
    @jakarta.ws.rs.PUT
    @jakarta.ws.rs.Path("/{thingId}")
    jakarta.ws.rs.core.Response change(@jakarta.ws.rs.PathParam("thingId") Long thingId,
        @jakarta.validation.constraints.NotNull String thing,
        @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch);
  }

  public static class ThingsResource implements ThingsApi {
    @Override
    public jakarta.ws.rs.core.Response change(Long thingId, String thing, String ifMatch) {
      return null;
    }
  }

  @Test
  void shouldNameParametersAsTheContractDoes() {
    java.util.List<Class<?>> types = java.util.List.of(Long.class, String.class, String.class);

    assertThat(Parameters.contractName(ThingsResource.class, "change", types, 0))
        .contains("thingId");
    assertThat(Parameters.contractName(ThingsResource.class, "change", types, 1))
        .contains("body");
    assertThat(Parameters.contractName(ThingsResource.class, "change", types, 2))
        .contains("If-Match");
    assertThat(Parameters.contractName(ThingsResource.class, "other", types, 0)).isEmpty();
  }
}
