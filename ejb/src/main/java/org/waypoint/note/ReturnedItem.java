package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.audit.ClientReference;

/**
 * A note a supervisor returned to its author, waiting in the author's new draft.
 *
 * @param draftId the author's draft that revises it
 * @param returnedNoteId the returned note
 * @param clientId the client
 * @param clientName the client's legal name, "Last, First"
 * @param mrn the client's record number
 * @param contactDate the contact's date
 * @param returnedBy the supervisor's name
 * @param returnedAt when it was returned
 * @param comment what the supervisor asked for
 */
public record ReturnedItem(
    long draftId,
    long returnedNoteId,
    long clientId,
    String clientName,
    String mrn,
    LocalDate contactDate,
    String returnedBy,
    Instant returnedAt,
    String comment)
    implements Serializable, ClientReference {}
