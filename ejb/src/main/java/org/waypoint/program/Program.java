package org.waypoint.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A program of the center, at one level of care. */
@Entity
public class Program {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 12)
  private String code;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "level_of_care", nullable = false, length = 30)
  private LevelOfCare levelOfCare;

  @Version private long version;

  protected Program() {}

  /**
   * @param code a short code, e.g. {@code IOP}
   * @param name the name shown on screens
   * @param levelOfCare the level of care
   */
  public Program(String code, String name, LevelOfCare levelOfCare) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.levelOfCare = Objects.requireNonNull(levelOfCare);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }
}
