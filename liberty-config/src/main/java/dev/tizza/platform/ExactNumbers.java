package dev.tizza.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Refuses a JSON body whose integer fields hold numbers that do not fit them exactly, and one
 * that names a key twice in an object (which of the two would count is up to the parser). JSON-B on
 * its own wraps 18446744073709551617 round to 1 and reads 20.5 as 20, so a body could name a
 * pizza or a discount its sender never wrote. The body is read once more as JSON-P and walked
 * beside the fields of the type it is bound to; anything else is left to JSON-B.
 */
@Provider
public class ExactNumbers implements ReaderInterceptor {

  private static final JsonReaderFactory STRICT = Json.createReaderFactory(
      Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
  private static final JsonReaderFactory LENIENT = Json.createReaderFactory(Map.of());

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || !isModel(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    JsonValue json = read(STRICT, body);
    if (json == null && read(LENIENT, body) != null) {
      throw new ProblemException(ProblemKind.MALFORMED_BODY,
          "A key appears twice in one object of the body; send each field once.");
    }
    if (json instanceof JsonArray) {
      // JSON-B would bind the first element of an array and drop the rest.
      throw new ProblemException(ProblemKind.MALFORMED_BODY,
          "The body must be one JSON object, not an array.");
    }
    String path = json == null ? null : check(json, context.getType(), "");
    if (path != null) {
      throw new ProblemException(new Problem(ProblemKind.VALIDATION.type(),
          ProblemKind.VALIDATION.title(), 400, "The field " + path
          + " must be a whole number within its documented range.",
          List.of(new Problem.FieldError(path, "must be a whole number that fits"))));
    }
    // Not JSON at all is for JSON-B to refuse, with the same answer as always.
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Whether the body is JSON only when an object may name one key twice. */
  static boolean hasDuplicateKeys(byte[] body) {
    return read(STRICT, body) == null && read(LENIENT, body) != null;
  }

  /** The first integer field holding a number that does not fit it, or null. */
  static String check(byte[] body, Class<?> type) {
    JsonValue json = read(LENIENT, body);
    return json == null ? null : check(json, type, "");
  }

  private static JsonValue read(JsonReaderFactory factory, byte[] body) {
    try (JsonReader reader = factory.createReader(new ByteArrayInputStream(body),
        StandardCharsets.UTF_8)) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException refused) {
      return null;
    } catch (RuntimeException tooDeep) {
      // The parser refuses nesting past its limit with a bare runtime exception.
      throw new ProblemException(ProblemKind.MALFORMED_BODY,
          "The body could not be read as JSON: it nests too deeply.");
    }
  }

  private static String check(JsonValue value, Type type, String path) {
    Class<?> raw = rawClass(type);
    if (raw == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return fits(value, raw == Integer.class || raw == int.class) ? null : path;
    }
    if (Collection.class.isAssignableFrom(raw) && value instanceof JsonArray array
        && type instanceof ParameterizedType generic) {
      Type item = generic.getActualTypeArguments()[0];
      for (JsonValue element : array) {
        String wrong = check(element, item, path);
        if (wrong != null) {
          return wrong;
        }
      }
      return null;
    }
    if (isModel(raw) && value instanceof JsonObject object) {
      for (Field field : raw.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        JsonbProperty named = field.getAnnotation(JsonbProperty.class);
        String name = named == null || named.value().isEmpty() ? field.getName() : named.value();
        JsonValue inner = object.get(name);
        String wrong = inner == null ? null
            : check(inner, field.getGenericType(), path.isEmpty() ? name : path + "." + name);
        if (wrong != null) {
          return wrong;
        }
      }
    }
    return null;
  }

  /**
   * A whole number that fits, written as a number or a string of one; JSON-B would also take an
   * array of one, and read it wrapped round.
   */
  private static boolean fits(JsonValue value, boolean asInt) {
    BigDecimal exact;
    try {
      if (value instanceof JsonNumber number) {
        exact = number.bigDecimalValue();
      } else if (value instanceof JsonString text) {
        exact = new BigDecimal(text.getString().strip());
      } else {
        return false;
      }
      if (asInt) {
        exact.intValueExact();
      } else {
        exact.longValueExact();
      }
      return true;
    } catch (ArithmeticException | NumberFormatException notExact) {
      return false;
    }
  }

  /** A class of tizza's own, such as a generated model, rather than one of Java's. */
  private static boolean isModel(Class<?> type) {
    return type != null && type.getName().startsWith("dev.tizza.")
        && !type.isEnum() && !Map.class.isAssignableFrom(type);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
