package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.platform.boundary.ConsoleMenuContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The payment feature's pages in the console menu: what the shop sold, and the money. */
@ApplicationScoped
public class PaymentMenu implements ConsoleMenuContribution {

    @Override
    public List<Section> sections() {
        return List.of(new Section(
                "Sales",
                40,
                List.of(
                        new Page(
                                "menuTransactions",
                                "Transactions",
                                "pi pi-shopping-cart",
                                "/console/payment/transactions"),
                        new Page("menuLedger", "Ledger", "pi pi-wallet", "/console/payment/ledger"))));
    }
}
