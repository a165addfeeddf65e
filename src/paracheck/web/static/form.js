// The form page's one script: a file chosen for "Muat berkas" that is larger than the
// server accepts is refused here, before the form is sent, so what was typed stays. Sent
// anyway, the whole post was over the server's limit, and its "too large" page kept none of
// the typed entries (attack 450 H3: a scanned PDF of the MoU chosen by mistake). Without
// this script the form works as before: the server's limit still applies.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const input = document.getElementById("upload-file");
  const said = document.getElementById("upload-too-large");
  if (!input || !said || !input.form) {
    return;
  }
  const limit = Number(input.dataset.maxBytes);
  const tooLarge = () => {
    const file = input.files && input.files[0];
    return Boolean(file && limit && file.size > limit);
  };
  const refuse = () => {
    input.value = "";
    said.hidden = false;
    said.focus();
  };
  input.addEventListener("change", () => {
    if (tooLarge()) {
      refuse();
    } else {
      said.hidden = true;
    }
  });
  input.form.addEventListener("submit", (event) => {
    if (tooLarge()) {
      event.preventDefault();
      refuse();
    }
  });
});
