package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Refusals on the public pages, in the visitor's language: a refused field's message beside its input, from the
 * "text" bundle's {@code error.<field>} where it has one (the facades speak English), and one line at the top. A
 * refusal that names no field of the form is shown at the top as the facade put it.
 */
public final class PageFeedback {

    private PageFeedback() {}

    public static void refused(LicensingException refusal, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.validationFailed();
        ResourceBundle text = context.getApplication().getResourceBundle(context, "text");
        UIComponent form = context.getViewRoot().findComponent(formId);
        int placed = 0;
        for (Map.Entry<String, String> field : refusal.fields().entrySet()) {
            UIComponent input = form == null ? null : form.findComponent(field.getKey());
            if (input != null) {
                String message = translated(text, "error." + field.getKey(), Feedback.sentence(field.getValue()));
                context.addMessage(
                        input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
                placed++;
            }
        }
        String summary = placed > 0 && placed == refusal.fields().size()
                ? translated(text, "error.fields", Feedback.CORRECT_THE_MARKED_FIELDS)
                : translated(text, "error." + refusal.type(), Feedback.sentence(refusal.consoleMessage()));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    /** A message for the top of the page, from the bundle. */
    public static void error(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String message =
                context.getApplication().getResourceBundle(context, "text").getString(key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String translated(ResourceBundle text, String key, String otherwise) {
        try {
            return text.getString(key);
        } catch (MissingResourceException untranslated) {
            return otherwise;
        }
    }
}
