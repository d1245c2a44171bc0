package com.appconda.licensing.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses a form post that does not carry the script nonce of the page it came from, before any of its values are
 * applied or its action runs.
 *
 * <p>PrimeFaces' CSP mode keeps each page's nonce in the view and has the page's script add it to every form; a
 * browser always sends it back. PrimeFaces itself compares the two only when it renders the answer, after the
 * action: a scripted post without the nonce then changed data and was answered with an error page claiming
 * nothing had changed. Checked right after the view is restored, the nonce is a second token next to the view
 * state, and the answer is the truthful "page expired" page.
 */
public class PostbackNonceCheck implements PhaseListener {

    /** The name PrimeFaces uses for the nonce, both as a view map key and as the posted field. */
    static final String NONCE = "primefaces.nonce";

    private static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing is known of the view before it is restored.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (!context.isPostback() || view == null) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        ExternalContext external = context.getExternalContext();
        if (expected != null
                && !Objects.equals(expected, external.getRequestParameterMap().get(NONCE))) {
            try {
                external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
            } catch (IOException e) {
                throw new FacesException("could not answer a post without the page's nonce", e);
            }
            context.responseComplete();
        }
    }
}
