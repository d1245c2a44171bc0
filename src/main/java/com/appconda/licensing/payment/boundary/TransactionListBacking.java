package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.platform.boundary.FacadePages;
import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.boundary.PagedCsv;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * console/payment/transactions.xhtml: what the shop sold, newest first, filtered by status and licensee, with the
 * money of each; a paid one can be refunded.
 */
@Named
@ViewScoped
public class TransactionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Transactions transactions;

    private final FacadePages<TransactionResponse> page = new FacadePages<>(this::page, TransactionResponse::number);

    private Page<TransactionResponse> page(Map<String, String> filters, PageRequest request) {
        return transactions.list(filters.get("status"), filters.get("licenseeNumber"), request);
    }

    public void refund(TransactionResponse transaction) {
        Feedback.attempt(null, () -> {
            transactions.refund(transaction.number());
            return "Transaction " + transaction.number() + " refunded; its licenses are deactivated.";
        });
    }

    /** The transactions the table lists (its filters), as CSV, written while they are read. */
    public StreamedContent getCsv() {
        Map<String, String> filters = page.currentFilters();
        return PaymentDownloads.csv(
                "transactions.csv",
                out -> PagedCsv.write(
                        out,
                        PaymentCsv.TRANSACTIONS,
                        request -> transactions.list(filters.get("status"), filters.get("licenseeNumber"), request),
                        PaymentCsv::transaction));
    }

    public FacadePages<TransactionResponse> getTransactions() {
        return page;
    }
}
