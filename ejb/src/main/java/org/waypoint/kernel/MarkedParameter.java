package org.waypoint.kernel;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/** Reads the id an interceptor needs from the parameter that carries its marker. */
public final class MarkedParameter {

  private MarkedParameter() {}

  /**
   * @param method the intercepted method
   * @param marker {@link ClientId} or {@link RecordId}
   * @return the index of the one {@code long}/{@code Long} parameter carrying the marker, or -1
   * @throws IllegalStateException when several parameters carry it, or one that is not an id
   */
  public static int index(Method method, Class<? extends Annotation> marker) {
    int found = -1;
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].isAnnotationPresent(marker)) {
        Class<?> type = parameters[i].getType();
        if (found >= 0 || (type != long.class && type != Long.class)) {
          throw new IllegalStateException(
              method + ": @" + marker.getSimpleName() + " must mark exactly one long parameter");
        }
        found = i;
      }
    }
    return found;
  }

  /**
   * @param method the intercepted method
   * @param arguments the call's arguments
   * @param marker {@link ClientId} or {@link RecordId}
   * @return the marked argument, or {@code null} when no parameter is marked or it is null
   */
  public static Long value(Method method, Object[] arguments, Class<? extends Annotation> marker) {
    int i = index(method, marker);
    return i < 0 ? null : (Long) arguments[i];
  }
}
