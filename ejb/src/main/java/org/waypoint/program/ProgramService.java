package org.waypoint.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.waypoint.kernel.Roles;

/** The center's programs. */
@Stateless
public class ProgramService {

  @PersistenceContext private EntityManager em;

  /**
   * @return every program, most intensive level of care first, then by name
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR, Roles.ADMIN})
  public List<ProgramOption> programs() {
    return em.createQuery("select p from Program p order by p.name", Program.class)
        .getResultStream()
        .map(p -> new ProgramOption(p.getId(), p.getName(), p.getLevelOfCare()))
        .sorted(Comparator.comparing(ProgramOption::levelOfCare).thenComparing(ProgramOption::name))
        .toList();
  }
}
