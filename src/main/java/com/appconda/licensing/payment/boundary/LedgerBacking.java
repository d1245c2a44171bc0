package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.platform.boundary.FacadePages;
import com.appconda.licensing.platform.boundary.PagedCsv;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/** console/payment/ledger.xhtml: the balance per currency and every booking, newest first. */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Transactions transactions;

    private List<LedgerBalance> balances;

    private final FacadePages<LedgerEntryResponse> entries = new FacadePages<>(
            this::page, entry -> entry.transactionNumber() + "-" + entry.kind() + "-" + entry.reversal());

    @PostConstruct
    void load() {
        balances = transactions.balances();
    }

    private Page<LedgerEntryResponse> page(Map<String, String> filters, PageRequest request) {
        return transactions.entries(filters.get("currency"), request);
    }

    /** The entries the table lists (its currency filter), as CSV, written while they are read. */
    public StreamedContent getCsv() {
        String currency = entries.currentFilters().get("currency");
        return PaymentDownloads.csv(
                "ledger.csv",
                out -> PagedCsv.write(
                        out, PaymentCsv.LEDGER, request -> transactions.entries(currency, request), PaymentCsv::entry));
    }

    public List<LedgerBalance> getBalances() {
        return balances;
    }

    public FacadePages<LedgerEntryResponse> getEntries() {
        return entries;
    }
}
