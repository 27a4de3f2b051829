package org.waypoint.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import org.waypoint.center.CenterSettings;

/**
 * The one place that writes dates, times and lists of words for pages, from the bundle's {@code
 * format.*} patterns in the view's locale and the center's time zone: {@code #{shown.time(t)}},
 * {@code #{shown.date(d)}}, {@code #{shown.join(l)}}; {@code #{shown.datePattern}} for date inputs.
 */
@Named
@ApplicationScoped
public class Shown {

  @Inject private CenterSettings center;

  /**
   * @param at a stored time, or {@code null}
   * @return it in the center's time zone, e.g. 11/22/2026 3:05 PM; empty for {@code null}
   */
  public String time(Instant at) {
    return at == null ? "" : formatter("format.dateTime").format(at.atZone(center.timeZone()));
  }

  /**
   * @param at a stored time, or {@code null}
   * @return its time of day in the center's time zone, e.g. 3:05 PM; empty for {@code null}
   */
  public String clock(Instant at) {
    return at == null ? "" : formatter("format.time").format(at.atZone(center.timeZone()));
  }

  /**
   * @param day a calendar day, or {@code null}
   * @return it written as the locale writes dates, e.g. 11/22/2026; empty for {@code null}
   */
  public String date(LocalDate day) {
    return day == null ? "" : formatter("format.date").format(day);
  }

  /**
   * @return the pattern of dates typed into date fields, e.g. {@code MM/dd/yyyy}, for {@code
   *     f:convertDateTime} and date pickers
   */
  public String getDatePattern() {
    return Text.of("format.date");
  }

  /**
   * @param texts some texts
   * @return them joined with the locale's list separator ("; ")
   */
  public String join(Collection<?> texts) {
    return texts.stream()
        .map(String::valueOf)
        .collect(Collectors.joining(Text.of("format.list.separator")));
  }

  /**
   * @param sentences some sentences
   * @return them one after the other
   */
  public String sentences(Collection<String> sentences) {
    return String.join(" ", sentences);
  }

  private static DateTimeFormatter formatter(String key) {
    return DateTimeFormatter.ofPattern(Text.of(key), Text.locale());
  }
}
