package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How the console tells the vendor what happened: a confirmation after a change, and for a refused change
 * the facade's reason, placed next to each offending field of the form (its input's id is the field's name)
 * and once at the top. The same refusal the API answers as problem+json.
 */
public final class Feedback {

    private Feedback() {}

    /**
     * Runs a change and reports it: the confirmation it returns, or its refusal placed on the form's fields.
     * Answers whether the change was made.
     */
    public static boolean attempt(String formId, Supplier<String> change) {
        try {
            done(change.get());
            return true;
        } catch (LicensingException refusal) {
            refused(refusal, formId);
            return false;
        }
    }

    public static void done(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    /** Shows a refusal; {@code formId} is the form whose inputs are named after the facade's fields. */
    public static void refused(LicensingException refusal, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.validationFailed();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        UIComponent form = formId == null ? null : context.getViewRoot().findComponent(formId);
        if (form == null) {
            return;
        }
        refusal.fields().forEach((field, problem) -> {
            UIComponent input = form.findComponent(field);
            if (input != null) {
                context.addMessage(
                        input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
            }
        });
    }

    /** Checks a request record's constraints, as the API does, before it reaches a facade. */
    public static void requireValid(Validator validator, Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(
                    "please correct the marked fields", ConstraintViolationMapper.fields(violations));
        }
    }
}
