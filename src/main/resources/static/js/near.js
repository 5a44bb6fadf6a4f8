// "Offers near me": asks the phone for its position once and reloads the list sorted by distance. Without a position
// (refused, or no GPS on the closed network) the list stays as it is.
(function () {
  'use strict';
  var button = document.querySelector('[data-near]');
  if (!button) { return; }
  if (!navigator.geolocation) { button.disabled = true; return; }
  button.addEventListener('click', function () {
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(function (position) {
      var url = new URL(window.location.href);
      url.searchParams.set('lat', position.coords.latitude.toFixed(5));
      url.searchParams.set('lng', position.coords.longitude.toFixed(5));
      window.location.assign(url.toString());
    }, function () { button.disabled = false; }, { timeout: 10000, maximumAge: 60000 });
  });
})();
