// Small behaviours for Jiangxin pages. No inline scripts: the content security policy forbids them.
(function () {
  'use strict';

  // The union tree: the first click loads a node's children, later clicks fold and unfold them.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.jx-toggle');
    if (!toggle) {
      return;
    }
    var target = document.getElementById(toggle.dataset.target);
    var expanded = toggle.getAttribute('aria-expanded') === 'true';
    if (!expanded && !target.dataset.loaded) {
      htmx.ajax('GET', toggle.dataset.childrenUrl, { target: target, swap: 'innerHTML' }).then(function () {
        target.dataset.loaded = 'true';
      });
    }
    target.hidden = expanded;
    toggle.setAttribute('aria-expanded', expanded ? 'false' : 'true');
  });

  // The org picker: a choice fills the hidden input and shows the chosen name.
  document.addEventListener('click', function (event) {
    var choice = event.target.closest('[data-pick-id]');
    var clear = event.target.closest('[data-picker-clear]');
    var button = choice || clear;
    if (!button) {
      return;
    }
    var picker = button.closest('.jx-picker');
    var hidden = picker.querySelector('input[type=hidden]');
    var row = picker.querySelector('[data-picker-chosen-row]');
    hidden.value = choice ? choice.dataset.pickId : '';
    picker.querySelector('[data-picker-chosen]').textContent = choice ? choice.dataset.pickName : '';
    row.classList.toggle('d-none', !choice);
    picker.querySelector('.jx-picker-choices').innerHTML = '';
    picker.querySelector('input[type=search]').value = '';
  });

  // Forms that change something hard to undo ask first.
  document.addEventListener('submit', function (event) {
    var message = event.target.dataset.confirm;
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
