/* The console's own behaviour, kept out of the pages so that the content security policy can refuse every
   inline script. One listener on the document serves every page and survives ajax updates of the top bar. */
document.addEventListener("click", function (event) {
    if (event.target.closest(".menu-toggle")) {
        document.body.classList.toggle("menu-open");
    }
});

/* Marks the menu entry of the page shown (D24): the entry whose folder the page is in, so that a licensee's own
   page marks "Licensees" too. The dashboard (/console/index) matches only itself. */
document.addEventListener("DOMContentLoaded", function () {
    var page = window.location.pathname.replace(/\.xhtml$/, "");
    document.querySelectorAll(".console-menu a[href]").forEach(function (link) {
        var target = new URL(link.href, window.location.href).pathname.replace(/\.xhtml$/, "");
        var folder = target.substring(0, target.lastIndexOf("/") + 1);
        var current = /\/index$/.test(target) ? page === target : page.indexOf(folder) === 0;
        if (current) {
            link.setAttribute("aria-current", "page");
            link.classList.add("current");
        }
    });
});
