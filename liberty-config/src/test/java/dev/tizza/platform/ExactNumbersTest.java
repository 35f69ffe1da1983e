package dev.tizza.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.annotation.JsonbProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactNumbersTest {

  public static class Body {
    public Integer percent;
    @JsonbProperty("pizzaIds")
    public List<Long> ids;
    public Inner inner;
    public String text;
  }

  public static class Inner {
    public long count;
  }

  @Test
  void shouldLetWholeNumbersThatFitThrough() {
    assertThat(check("{\"percent\":-15,\"pizzaIds\":[1,9223372036854775807],"
        + "\"inner\":{\"count\":2.0},\"text\":\"4294967316\",\"other\":1e400}")).isNull();
    assertThat(check("{\"percent\":\"20\"}")).isNull();
    assertThat(check("{\"percent\":null,\"pizzaIds\":null}")).isNull();
    assertThat(check("not json")).isNull();
  }

  @Test
  void shouldNameTheFieldOfANumberThatWouldBeWrappedOrCut() {
    assertThat(check("{\"percent\":4294967316}")).isEqualTo("percent");
    assertThat(check("{\"percent\":20.5}")).isEqualTo("percent");
    assertThat(check("{\"pizzaIds\":[1,18446744073709551617]}")).isEqualTo("pizzaIds");
    assertThat(check("{\"inner\":{\"count\":1e19}}")).isEqualTo("inner.count");
    assertThat(check("{\"percent\":[4294967306]}")).isEqualTo("percent");
    assertThat(check("{\"pizzaIds\":[[18446744073709551708]]}")).isEqualTo("pizzaIds");
    assertThat(check("{\"percent\":\"4294967306\"}")).isEqualTo("percent");
    assertThat(check("{\"percent\":true}")).isEqualTo("percent");
  }

  @Test
  void shouldTellABodyThatNamesAKeyTwice() {
    assertThat(ExactNumbers.hasDuplicateKeys(
        "{\"percent\":4294967306,\"percent\":10}".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(ExactNumbers.hasDuplicateKeys(
        "{\"inner\":{\"count\":1},\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(ExactNumbers.hasDuplicateKeys("not json".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void shouldRefuseABodyThatNestsTooDeeplyAsMalformed() {
    String deep = "{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

    assertThatThrownBy(() -> check(deep)).isInstanceOfSatisfying(ProblemException.class,
        problem -> assertThat(problem.problem().status()).isEqualTo(400));
  }

  private static String check(String json) {
    return ExactNumbers.check(json.getBytes(StandardCharsets.UTF_8), Body.class);
  }
}
