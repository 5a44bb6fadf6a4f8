// The redemption desk's camera: a button marked data-scanner opens the back camera, reads frames into a canvas and
// hands them to jsQR (served by the platform); the first QR read goes into the code box and the form is sent. Each
// scan carries a key of its own, kept when the same request is sent again and changed once an answer has come.
(function () {
  'use strict';
  var button = document.querySelector('[data-scanner]');
  var form = document.getElementById('redeem-form');
  var key = document.getElementById('scan-key');
  if (!form) { return; }
  function newKey() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  form.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.successful && key) { key.value = newKey(); }
    var code = document.getElementById('code');
    if (event.detail.successful && code) { code.value = ''; }
  });
  if (!button) { return; }
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof jsQR !== 'function') {
    button.disabled = true;
    return;
  }
  var box = document.getElementById('scanner-box');
  var video = document.getElementById('scanner-video');
  var canvas = document.createElement('canvas');
  var context = canvas.getContext('2d', { willReadFrequently: true });
  var stream = null;
  function stop() {
    if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
    stream = null;
    box.classList.add('d-none');
  }
  function tick() {
    if (!stream) { return; }
    if (video.readyState === video.HAVE_ENOUGH_DATA) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var found = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height,
        { inversionAttempts: 'dontInvert' });
      if (found && found.data) {
        document.getElementById(button.dataset.target).value = found.data;
        stop();
        if (window.htmx) { window.htmx.trigger(form, 'submit'); } else { form.requestSubmit(); }
        return;
      }
    }
    window.requestAnimationFrame(tick);
  }
  button.addEventListener('click', function () {
    if (stream) { stop(); return; }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (media) {
        stream = media;
        video.srcObject = media;
        box.classList.remove('d-none');
        video.play();
        window.requestAnimationFrame(tick);
      })
      .catch(function () { button.disabled = true; });
  });
})();
