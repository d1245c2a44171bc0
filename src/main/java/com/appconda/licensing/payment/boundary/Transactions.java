package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.licensee.control.LicenseeAliases;
import com.appconda.licensing.payment.control.LedgerQueries;
import com.appconda.licensing.payment.control.PaymentProviders;
import com.appconda.licensing.payment.control.Settlement;
import com.appconda.licensing.payment.entity.LedgerKind;
import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.payment.entity.TransactionStatus;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Amounts;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Currencies;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.ListFilter;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.RuleViolationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vendor's payment transactions and ledger: lists with filters, one transaction, the balance per currency,
 * and the refund, which gives the money back through the transaction's provider, books the reversal and
 * deactivates the licenses it paid for, once.
 */
@Stateless
@RequiresRole(Role.READ_ONLY)
public class Transactions {

    /**
     * The sort keys. Transaction numbers are random, so an order by number says nothing: "number" (the default of
     * every list) lists newest first.
     */
    static final Map<String, String> SORTS = Map.of(
            "number", "createdAt",
            "createdAt", "createdAt",
            "gross", "gross",
            "status", "status",
            "licenseeNumber", "licenseeNumber");

    @Inject
    TenantStore store;

    @Inject
    LicenseeAliases aliases;

    @Inject
    LedgerQueries ledger;

    @Inject
    Settlement settlement;

    @Inject
    PaymentProviders providers;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** Transactions, newest first unless sorted otherwise; a licensee by number or alias, a status by name. */
    public Page<TransactionResponse> list(String status, String licenseeNumber, PageRequest request) {
        PageRequest newestFirst = request.sort().equals("number") && !request.descending()
                ? new PageRequest(request.page(), request.size(), "createdAt", true)
                : request;
        ListFilter filter = ListFilter.create()
                .equalTo("status", Fields.enumValue(TransactionStatus.class, "status", status))
                .equalTo("licenseeNumber", aliases.resolve(vendor(), licenseeNumber));
        Page<PaymentTransaction> page = store.page(PaymentTransaction.class, vendor(), filter, newestFirst, SORTS);
        Map<Long, BigDecimal> fees = ledger.feesOf(
                page.items().stream().map(PaymentTransaction::getId).toList());
        return page.map(t -> TransactionResponse.from(t, fees.getOrDefault(t.getId(), BigDecimal.ZERO)));
    }

    public TransactionResponse read(String number) {
        PaymentTransaction transaction = store.require(PaymentTransaction.class, vendor(), number);
        return response(transaction);
    }

    /** Gives a paid transaction's money back; a second refund is refused, the first stands. */
    @RequiresRole(Role.ADMIN)
    public TransactionResponse refund(String number) {
        PaymentTransaction transaction = settlement.lock(store.require(PaymentTransaction.class, vendor(), number));
        if (transaction.getStatus() != TransactionStatus.CLOSED) {
            throw new RuleViolationException(
                    "transaction " + number + " was never paid (" + transaction.getStatus() + "): nothing to refund",
                    Map.of("status", transaction.getStatus().name()));
        }
        if (transaction.isRefunded()) {
            throw new RuleViolationException(
                    "transaction " + number + " was refunded at " + transaction.getRefundedAt(),
                    Map.of("refundedAt", transaction.getRefundedAt().toString()));
        }
        providers.named(transaction.getProvider()).refund(transaction);
        settlement.refund(transaction, clock.instant(), caller());
        return response(transaction);
    }

    /** The balance per currency: each kind's sum and their total. */
    public List<LedgerBalance> balances() {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        for (LedgerQueries.Sum sum : ledger.sums(vendor())) {
            BigDecimal[] kinds = byCurrency.computeIfAbsent(
                    sum.currency(), currency -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            kinds[sum.kind().ordinal()] = kinds[sum.kind().ordinal()].add(sum.total());
        }
        return byCurrency.entrySet().stream()
                .map(entry -> {
                    BigDecimal[] kinds = entry.getValue();
                    return new LedgerBalance(
                            entry.getKey(),
                            Amounts.plain(kinds[LedgerKind.GROSS.ordinal()]),
                            Amounts.plain(kinds[LedgerKind.VAT.ordinal()]),
                            Amounts.plain(kinds[LedgerKind.FEE.ordinal()]),
                            Amounts.plain(kinds[0].add(kinds[1]).add(kinds[2])));
                })
                .toList();
    }

    /** Ledger entries of one currency or all: newest first, or oldest first when sorted by {@code createdAt}. */
    public Page<LedgerEntryResponse> entries(String currency, PageRequest request) {
        String code = currency == null || currency.isBlank() ? null : Currencies.require(currency);
        boolean oldestFirst = request.sort().equals("createdAt") && !request.descending();
        List<LedgerEntryResponse> items =
                ledger.entries(vendor(), code, oldestFirst, request.firstResult(), request.size()).stream()
                        .map(LedgerEntryResponse::from)
                        .toList();
        return new Page<>(items, request.page(), request.size(), ledger.count(vendor(), code));
    }

    private TransactionResponse response(PaymentTransaction transaction) {
        BigDecimal fee = ledger.feesOf(List.of(transaction.getId())).getOrDefault(transaction.getId(), BigDecimal.ZERO);
        return TransactionResponse.from(transaction, fee);
    }

    private long vendor() {
        return caller().vendorId();
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
