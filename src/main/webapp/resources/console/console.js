/* The console's own behaviour, kept out of the pages so that the content security policy can refuse every
   inline script. One listener on the document serves every page and survives ajax updates of the top bar. */
document.addEventListener("click", function (event) {
    if (event.target.closest(".menu-toggle")) {
        document.body.classList.toggle("menu-open");
    }
});
