/*! Belarus 2020 dashboard: ?embed=1&… (the old embed URL) → embed/?…, every other parameter as written. */
(function () {
  var embed = new URLSearchParams(location.search).get('embed');
  if (embed === null || embed.trim() !== '1') return;
  var kept = location.search
    .slice(1)
    .split('&')
    .filter(function (segment) {
      var name = segment.split('=')[0];
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch (error) {
        // Malformed, so not `embed`: kept.
      }
      return segment !== '' && name !== 'embed';
    });
  // replace: Back inside a frame must not return here and bounce forward again.
  location.replace('embed/' + (kept.length > 0 ? '?' + kept.join('&') : '') + location.hash);
})();
