package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.boundary.ListParams;
import com.appconda.licensing.platform.boundary.PageResponse;
import com.appconda.licensing.platform.boundary.PagedCsv;
import com.appconda.licensing.platform.entity.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/transactions}: the shop's payment transactions (newest first; {@code Accept: text/csv} for all of
 * them as CSV), one of them, its refund; and {@code /api/v1/ledger}: the vendor's balance per currency and its
 * entries (CSV the same way).
 */
@LicensingApi
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class TransactionsResource {

    static final String CSV = "text/csv";

    @Inject
    Transactions transactions;

    @GET
    @Path("transactions")
    @Operation(
            operationId = "listTransactions",
            summary = "List payment transactions, newest first; filter by status and licensee (number or alias)")
    public PageResponse<TransactionResponse> list(
            @QueryParam("status") String status,
            @QueryParam("licenseeNumber") String licenseeNumber,
            @BeanParam ListParams params) {
        return PageResponse.from(transactions.list(status, licenseeNumber, params.toPageRequest()));
    }

    @GET
    @Path("transactions")
    @Produces(CSV + ";qs=0.5")
    @Operation(operationId = "listTransactionsCsv", summary = "The transactions as CSV, oldest first, streamed")
    public Response listCsv(@QueryParam("status") String status, @QueryParam("licenseeNumber") String licenseeNumber) {
        transactions.list(status, licenseeNumber, PageRequest.of(0, 1, null));
        return csv(
                "transactions.csv",
                out -> PagedCsv.write(
                        out,
                        PaymentCsv.TRANSACTIONS,
                        page -> transactions.list(status, licenseeNumber, page),
                        PaymentCsv::transaction));
    }

    @GET
    @Path("transactions/{number}")
    @Operation(operationId = "readTransaction", summary = "Read a payment transaction")
    public TransactionResponse read(@PathParam("number") String number) {
        return transactions.read(number);
    }

    @POST
    @Path("transactions/{number}/refund")
    @Operation(
            operationId = "refundTransaction",
            summary = "Refund a paid transaction: the money back, the ledger reversed, its licenses deactivated")
    public TransactionResponse refund(@PathParam("number") String number) {
        return transactions.refund(number);
    }

    @GET
    @Path("ledger/balances")
    @Operation(operationId = "ledgerBalances", summary = "The vendor's balance per currency")
    public List<LedgerBalance> balances() {
        return transactions.balances();
    }

    @GET
    @Path("ledger")
    @Operation(operationId = "listLedgerEntries", summary = "Ledger entries, newest first, of one currency or all")
    public PageResponse<LedgerEntryResponse> entries(
            @QueryParam("currency") String currency, @BeanParam ListParams params) {
        return PageResponse.from(transactions.entries(currency, params.toPageRequest()));
    }

    @GET
    @Path("ledger")
    @Produces(CSV + ";qs=0.5")
    @Operation(operationId = "listLedgerEntriesCsv", summary = "The ledger's entries as CSV, oldest first, streamed")
    public Response entriesCsv(@QueryParam("currency") String currency) {
        transactions.entries(currency, PageRequest.of(0, 1, null));
        return csv(
                "ledger.csv",
                out -> PagedCsv.write(
                        out, PaymentCsv.LEDGER, page -> transactions.entries(currency, page), PaymentCsv::entry));
    }

    /**
     * A CSV answer written while it is read from the facade. Bad filters were refused before (a first page asked
     * for), so what fails here is the connection, not the request.
     */
    private static Response csv(String fileName, StreamingOutput body) {
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
