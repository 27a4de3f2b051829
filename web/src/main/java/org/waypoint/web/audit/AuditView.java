package org.waypoint.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditTrail;
import org.waypoint.audit.AuditVerification;
import org.waypoint.center.CenterSettings;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/** The audit screen: filter, sort and page the trail, export it, verify its chain. */
@Named
@ViewScoped
public class AuditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;
  @Inject private CenterSettings center;
  @Inject private Shown shown;

  /** A client number; the page refuses one below 1. */
  private Long clientId;

  /** A username; its limit, 60, is the page's {@code data-limit}, as long as usernames can be. */
  private String username;

  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  private AuditLazyModel model;

  @PostConstruct
  void init() {
    model = new AuditLazyModel(trail, this::query);
  }

  /**
   * @return the current filter, newest first
   */
  public AuditQuery query() {
    return new AuditQuery(clientId, username, action, from, to, AuditQuery.SortBy.TIME, false);
  }

  /** Checks the current filter's dates before the table reloads. */
  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "auditForm:to",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, Text.of("audit.period.backwards"), null));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Verifies the whole chain and says what it found. */
  public void verify() {
    AuditVerification result = trail.verify();
    FacesMessage message =
        result.intact()
            ? new FacesMessage(
                FacesMessage.SEVERITY_INFO, Text.of("audit.verify.intact", result.checked()), null)
            : new FacesMessage(
                FacesMessage.SEVERITY_FATAL,
                Text.of("audit.verify.broken", result.firstBrokenEventId(), result.problem()),
                null);
    FacesContext.getCurrentInstance().addMessage(null, message);
  }

  /**
   * @return the CSV export's address for the current filter
   */
  public String getExportUrl() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("client", clientId);
    params.put("user", username);
    params.put("action", action == null ? null : action.name());
    params.put("from", from);
    params.put("to", to);
    String query =
        params.entrySet().stream()
            .filter(p -> p.getValue() != null)
            .map(
                p ->
                    p.getKey()
                        + "="
                        + URLEncoder.encode(p.getValue().toString(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/audit-export"
        + (query.isEmpty() ? "" : "?" + query);
  }

  /**
   * @param instant a stored time
   * @return it in the center's time zone
   */
  public String time(Instant instant) {
    return DateTimeFormatter.ofPattern(Text.of("audit.format.time"), Text.locale())
        .format(instant.atZone(center.timeZone()));
  }

  /**
   * @return the message for a date the pickers cannot read, naming the pattern to type
   */
  public String getDateMessage() {
    return Text.of("audit.date.unreadable", shown.getDatePattern().toUpperCase(Text.locale()));
  }

  /**
   * @return the center's time zone, for the column header
   */
  public String getZone() {
    return center.timeZone().getId();
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public AuditLazyModel getModel() {
    return model;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
