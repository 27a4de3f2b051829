package org.waypoint.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import org.waypoint.center.CenterSettings;

/** How pages show times and lists of words: {@code #{shown.time(t)}}, {@code #{shown.join(l)}}. */
@Named
@ApplicationScoped
public class Shown {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a");

  @Inject private CenterSettings center;

  /**
   * @param at a stored time, or {@code null}
   * @return it in the center's time zone, e.g. 11/22/2026 3:05 PM; empty for {@code null}
   */
  public String time(Instant at) {
    return at == null ? "" : TIME.format(at.atZone(center.timeZone()));
  }

  /**
   * @param texts some texts
   * @return them joined with "; "
   */
  public String join(Collection<?> texts) {
    return texts.stream().map(String::valueOf).collect(Collectors.joining("; "));
  }

  /**
   * @param sentences some sentences
   * @return them one after the other
   */
  public String sentences(Collection<String> sentences) {
    return String.join(" ", sentences);
  }
}
