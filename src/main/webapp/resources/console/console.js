/* The console's own behaviour, kept out of the pages so that the content security policy can refuse every
   inline script. One listener on the document serves every page and survives ajax updates of the top bar. */
document.addEventListener("click", function (event) {
    if (event.target.closest(".menu-toggle")) {
        document.body.classList.toggle("menu-open");
    }
});

/* Marks the menu entry of the page shown (D24): the entry of the page itself, else the entry whose folder the page
   is in, so that a licensee's own page marks "Licensees" too, while of two entries in one folder (Transactions and
   Ledger) only the one shown is marked. The dashboard (/console/index) matches only itself. */
document.addEventListener("DOMContentLoaded", function () {
    var page = window.location.pathname.replace(/\.xhtml$/, "");
    var links = Array.prototype.slice.call(document.querySelectorAll(".console-menu a[href]"));
    var target = function (link) {
        return new URL(link.href, window.location.href).pathname.replace(/\.xhtml$/, "");
    };
    var exact = links.filter(function (link) { return target(link) === page; });
    var current = exact.length > 0 ? exact : links.filter(function (link) {
        var path = target(link);
        return !/\/index$/.test(path) && page.indexOf(path.substring(0, path.lastIndexOf("/") + 1)) === 0;
    });
    current.forEach(function (link) {
        link.setAttribute("aria-current", "page");
        link.classList.add("current");
    });
});
