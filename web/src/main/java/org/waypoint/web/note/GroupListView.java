package org.waypoint.web.note;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.waypoint.center.CenterSettings;
import org.waypoint.note.GroupDetail;
import org.waypoint.note.GroupSession;
import org.waypoint.note.GroupSessionService;
import org.waypoint.note.GroupSummary;
import org.waypoint.program.ProgramOption;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PagedList;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/** The group sessions the user facilitates, drafts and signed, and the start of a new one. */
@Named
@ViewScoped
public class GroupListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private GroupSessionService groups;
  @Inject private CenterSettings center;

  private PagedList<GroupSummary> mine;
  private List<ProgramOption> programs = List.of();
  private Long programId;
  private String topic;

  @PostConstruct
  void init() {
    mine = new PagedList<>(groups::countMine, groups::mine, row -> Long.toString(row.id()));
    programs = groups.programs();
    if (programs.size() == 1) {
      programId = programs.get(0).id();
    }
  }

  /** Starts a group session in the chosen program and opens it. */
  public void start() throws IOException {
    GroupDetail[] started = new GroupDetail[1];
    if (SaveAttempt.of("startForm", "group.start")
        .run(() -> started[0] = groups.start(programId == null ? -1 : programId, topic))) {
      FormMessages.redirectWithMessage("/group/" + started[0].id(), Text.of("group.started"));
    }
  }

  /**
   * @param day a day
   * @param time a time of that day
   * @return that moment in the center's time zone, for {@code shown.clock}
   */
  public Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(center.timeZone()).toInstant();
  }

  /**
   * @return the most characters a topic holds, the service's limit
   */
  public int getTopicLimit() {
    return GroupSession.TOPIC_LIMIT;
  }

  public PagedList<GroupSummary> getMine() {
    return mine;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }
}
