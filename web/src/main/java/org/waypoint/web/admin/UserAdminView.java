package org.waypoint.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.waypoint.admin.AdminService;
import org.waypoint.admin.NewUser;
import org.waypoint.admin.UserSummary;
import org.waypoint.kernel.Role;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PagedList;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/** The list of staff accounts and the form that creates one. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AdminService admin;
  @EJB private ProgramService programService;

  private NewUser form = new NewUser();
  private List<ProgramOption> programs;
  private PagedList<UserSummary> users;

  @PostConstruct
  void init() {
    programs = programService.programs();
    users = new PagedList<>(admin::countUsers, admin::users, u -> Long.toString(u.id()));
  }

  /** Creates the account and opens it; on refusal keeps what was typed, but not the password. */
  public void create() throws IOException {
    AtomicReference<UserSummary> created = new AtomicReference<>();
    if (SaveAttempt.of("createForm", "admin.create").run(() -> created.set(admin.create(form)))) {
      UserSummary user = created.get();
      FormMessages.redirectWithMessage(
          "/admin/user/" + user.id(),
          Text.of("admin.create.done", user.displayName(), user.username()));
    } else {
      form.setPassword(null);
    }
  }

  public NewUser getForm() {
    return form;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public PagedList<UserSummary> getUsers() {
    return users;
  }
}
