package org.waypoint.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Map;

/** Places a service's refusal of a form next to the fields it names. */
public final class FormMessages {

  private FormMessages() {}

  /**
   * Shows each message next to the input whose id is the form property's name, plus one summary at
   * the top of the form. The view stays as it was, so nothing the user typed is lost.
   *
   * @param formId the id of the form
   * @param fieldErrors message per form property
   */
  public static void showFieldErrors(String formId, Map<String, String> fieldErrors) {
    FacesContext faces = FacesContext.getCurrentInstance();
    // a row of a list, e.g. contacts[0].phone, is the input contacts:0:phone of a ui:repeat
    fieldErrors.forEach(
        (field, message) ->
            faces.addMessage(
                formId + ":" + field.replaceAll("\\[(\\d+)\\]\\.", ":$1:"),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary(fieldErrors.size()), null));
    faces.validationFailed();
  }

  /**
   * @param fields how many fields were refused
   * @return the line for the top of the page saying so, and that nothing was saved
   */
  static String summary(long fields) {
    return fields == 1 ? Text.of("form.summary.one") : Text.of("form.summary.many", fields);
  }

  /**
   * Shows a message on the next page and goes there: after a successful save, so reloading the page
   * never submits the form again. The message waits for that page's request only ({@link
   * RedirectMessages}), so a request the old page still sends cannot take it.
   *
   * @param path the page, from the application's root, e.g. {@code /client/42}
   * @param message the message for the top of that page
   */
  public static void redirectWithMessage(String path, String message) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + RedirectMessages.keep(path, message));
  }

  /**
   * @param message a message for the top of the page
   */
  public static void showError(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }
}
