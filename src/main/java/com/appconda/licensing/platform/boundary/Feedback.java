package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the console tells the vendor what happened: a confirmation after a change, and for a refused change
 * the facade's reason, placed next to each offending field of the form (its input's id is the field's name)
 * and once at the top. The same refusal the API answers as problem+json.
 */
public final class Feedback {

    static final String CORRECT_THE_MARKED_FIELDS = "Please correct the marked fields.";

    private Feedback() {}

    /**
     * Runs a change and reports it: the confirmation it returns, or its refusal placed on the form's fields.
     * Answers whether the change was made.
     */
    public static boolean attempt(String formId, Supplier<String> change) {
        return attempt(formId, field -> Optional.empty(), change);
    }

    /**
     * The same for a form with inputs of its own making (one per model parameter in a repeat, say):
     * {@code inputOfField} gives the client id of the input a refused field is entered in, where the form has no
     * input of the field's name.
     */
    public static boolean attempt(
            String formId, Function<String, Optional<String>> inputOfField, Supplier<String> change) {
        try {
            done(change.get());
            return true;
        } catch (LicensingException refusal) {
            refused(refusal, formId, inputOfField);
            return false;
        }
    }

    public static void done(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    /**
     * Shows a refusal; {@code formId} is the form whose inputs are named after the facade's fields. A field's
     * problem is shown beside its field only: when every field the refusal names has its input in the form, the
     * page box says just that there is something to correct (the page box lists global messages only).
     */
    public static void refused(LicensingException refusal, String formId) {
        refused(refusal, formId, field -> Optional.empty());
    }

    private static void refused(
            LicensingException refusal, String formId, Function<String, Optional<String>> inputOfField) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.validationFailed();
        UIComponent form = formId == null ? null : context.getViewRoot().findComponent(formId);
        int placed = 0;
        if (form != null) {
            for (Map.Entry<String, String> field : refusal.fields().entrySet()) {
                String name = field.getKey();
                String problem = sentence(field.getValue());
                Optional<String> ownInput = inputOfField.apply(name);
                if (ownInput.isPresent()) {
                    context.addMessage(ownInput.get(), new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
                    placed++;
                    continue;
                }
                UIComponent input = form.findComponent(inputId(name));
                if (input == null && name.contains(".")) {
                    input = form.findComponent(name.substring(0, name.indexOf('.')));
                    problem = name.substring(name.indexOf('.') + 1) + ": " + field.getValue();
                }
                if (input != null) {
                    context.addMessage(
                            input.getClientId(context),
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
                    placed++;
                }
            }
        }
        String summary = placed > 0 && placed == refusal.fields().size()
                ? CORRECT_THE_MARKED_FIELDS
                : sentence(refusal.consoleMessage());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    /**
     * A field named {@code properties.gracePeriod} is entered in the input {@code gracePeriod} (a model parameter)
     * or, where there is none, in {@code properties} (a text area of all of them), with the name before the problem.
     */
    static String inputId(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** Facade messages are clauses ("must be a whole number"); the console shows them as sentences. */
    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String capitalised = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return capitalised.endsWith(".") || capitalised.endsWith("?") ? capitalised : capitalised + ".";
    }

    /** Checks a request record's constraints, as the API does, before it reaches a facade. */
    public static void requireValid(Validator validator, Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(CORRECT_THE_MARKED_FIELDS, ConstraintViolationMapper.fields(violations));
        }
    }
}
