package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A buyer's browser over plain HTTP: its own cookies (the shop's session), the shop's pages and the sandbox card
 * page, posting their forms as a browser posts them ({@link FacesForm}) and following nothing by itself, so a test
 * sees every redirect.
 */
final class ShopBuyer {

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"%s\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI root;

    /** A page as the browser last showed it. */
    record Page(URI uri, int status, String location, String html) {

        String text(String id) {
            Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*([^<]*)")
                    .matcher(html);
            return matcher.find() ? matcher.group(1).strip() : null;
        }

        List<String> errors() {
            List<String> found = new ArrayList<>();
            Matcher matcher = Pattern.compile("ui-message(?:s)?-error-(?:summary|detail)\">([^<]*)<")
                    .matcher(html);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return found;
        }
    }

    ShopBuyer(URI root) {
        this.root = root;
    }

    Page get(String url) {
        return send(HttpRequest.newBuilder(root.resolve(url)).GET(), root.resolve(url));
    }

    /** Follows the redirect the last answer asked for. */
    Page follow(Page redirect) {
        assertThat(redirect.location())
                .as("a redirect from %s: %s", redirect.uri(), redirect.html())
                .isNotNull();
        return get(redirect.location());
    }

    /** Posts the form of {@code page} with these fields (name, value, ...), as its button {@code button} would. */
    Page post(Page page, String formId, String button, String... fields) {
        Matcher action =
                Pattern.compile(String.format(FORM_ACTION.pattern(), formId)).matcher(page.html());
        assertThat(action.find()).as("form %s on %s", formId, page.uri()).isTrue();
        String[] all = new String[fields.length + 4];
        all[0] = formId;
        all[1] = formId;
        all[2] = formId + ":" + button;
        all[3] = "";
        System.arraycopy(fields, 0, all, 4, fields.length);
        URI target = root.resolve(action.group(1).replace("&amp;", "&"));
        return send(
                HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(FacesForm.from(page.html(), all))),
                target);
    }

    /** Checks the cart of a shop page out and answers the sandbox page it was sent to. */
    Page checkout(Page shop, String country, String email) {
        Page answer = post(
                shop,
                "checkoutForm",
                "pay",
                "checkoutForm:country_input",
                country,
                "checkoutForm:email",
                email,
                "checkoutForm:consent_input",
                "on");
        assertThat(answer.location())
                .as("checkout redirects to the payment page; errors %s", answer.errors())
                .contains("/shop/payment/sandbox.xhtml?session=");
        return follow(answer);
    }

    /** Pays on a sandbox page with a card; the answer (a redirect once paid, the page with its message else). */
    Page pay(Page sandbox, String card) {
        return post(
                sandbox, "payForm", "pay", "payForm:cardNumber", card, "payForm:expiry", "12/39", "payForm:cvc", "123");
    }

    private Page send(HttpRequest.Builder request, URI uri) {
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(
                    uri,
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(uri.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
