/*
 * What PrimeFaces' markup lacks for WCAG 2.2 AA, added after each render and each Ajax update. Each
 * part names what it answers; the end-to-end tests run axe-core over the result (docs/adr/0014).
 */
(function () {
  // People who ask their system for less motion get menus and dialogs without animation.
  if (window.jQuery && window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    jQuery.fx.off = true;
  }
  /*
   * PrimeFaces marks each message's list item as an alert, which takes away its list-item role: the
   * alert role goes on the messages' container instead, so that the list stays a list.
   */
  function alerts() {
    document.querySelectorAll('.ui-messages li[role=alert], .ui-messages li[role=status]').forEach(function (item) {
      var box = item.closest('.ui-messages > div') || item.parentElement.parentElement;
      box.setAttribute('role', item.getAttribute('role'));
      box.setAttribute('aria-live', item.getAttribute('role') === 'alert' ? 'assertive' : 'polite');
      item.removeAttribute('role');
      item.removeAttribute('aria-atomic');
      item.removeAttribute('aria-live');
    });
  }

  function named(element) {
    if ((element.getAttribute('aria-label') || '').trim()) {
      return true;
    }
    var ids = (element.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    return ids.some(function (id) {
      var label = document.getElementById(id);
      return label && label.textContent.trim();
    });
  }

  /* A select menu's list of options is named after the menu's label, as its hidden select is. */
  function listboxes() {
    document.querySelectorAll('[role=listbox][id$=_items]').forEach(function (list) {
      if (named(list)) {
        return;
      }
      var menu = list.id.replace(/_items$/, '');
      var select = document.getElementById(menu + '_input');
      var label = document.querySelector('label[for="' + menu + '_focus"], label[for="' + menu + '_input"], label[for="' + menu + '"]');
      var name = (select && select.getAttribute('aria-label')) || (label && label.textContent.trim());
      if (name) {
        list.removeAttribute('aria-labelledby');
        list.setAttribute('aria-label', name);
      }
    });
  }

  /* Times are in the organisation's zone, named on every page; a device in another zone is told so. */
  function deviceZone() {
    var footer = document.querySelector('footer[data-zone]');
    var device = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!footer || footer.getAttribute('data-noted') || !device || device === footer.getAttribute('data-zone')) {
      return;
    }
    footer.setAttribute('data-noted', 'true');
    var note = document.createElement('p');
    note.className = 'device-zone';
    note.textContent = footer.getAttribute('data-device-zone').replace('{0}', device)
        .replace('{1}', footer.getAttribute('data-zone'));
    footer.appendChild(note);
  }

  /*
   * p:schedule (FullCalendar) names each day cell by its date alone, although the cell shows the day's
   * sessions too: the name goes, and the date and the sessions are read as they are.
   */
  function calendarDays() {
    document.querySelectorAll('.fc [role=gridcell][aria-labelledby]').forEach(function (cell) {
      cell.removeAttribute('aria-labelledby');
    });
  }

  /* A table wider than the page scrolls sideways: it takes focus, so the keyboard can scroll it too. */
  function scrollables() {
    document.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (wrapper) {
      if (wrapper.hasAttribute('tabindex') || wrapper.scrollWidth <= wrapper.clientWidth + 1) {
        return;
      }
      wrapper.setAttribute('tabindex', '0');
      var caption = wrapper.querySelector('caption');
      if (caption && caption.textContent.trim()) {
        wrapper.setAttribute('role', 'region');
        wrapper.setAttribute('aria-label', caption.textContent.trim());
      }
    });
  }

  /*
   * Error messages tied to their fields. PrimeFaces does this for text inputs; for its select menus,
   * and for checkbox and radio lists, the message shown beside the field (in the same block, as every
   * Kindred form lays it out) is linked here to the control that takes focus.
   */
  function fieldErrors() {
    document.querySelectorAll('.field-error').forEach(function (message) {
      var text = message.querySelector('.ui-message-error-detail');
      if (!text || !text.textContent.trim()) {
        return;
      }
      if (!text.id) {
        text.id = message.id + '_error-detail';
      }
      var block = message.parentElement;
      var controls = block.querySelectorAll('.ui-selectonemenu.ui-state-error[role=combobox], '
          + '.ui-selectonemenu.ui-state-error [role=combobox], .ui-selectonemenu.ui-state-error input[id$=_focus], '
          + 'table input, ul input, input.ui-state-error');
      controls.forEach(function (control) {
        if (control.getAttribute('aria-invalid') === 'true' && control.getAttribute('aria-describedby')) {
          return;
        }
        control.setAttribute('aria-invalid', 'true');
        var ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        if (ids.indexOf(text.id) < 0) {
          ids.push(text.id);
        }
        control.setAttribute('aria-describedby', ids.join(' '));
      });
    });
  }

  function tie() {
    alerts();
    scrollables();
    calendarDays();
    deviceZone();
    listboxes();
    fieldErrors();
  }
  window.kindredForms = tie; // the browser tests' report says whether this script ran
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', tie);
  } else {
    tie();
  }
  // PrimeFaces builds and moves parts of its widgets after load and after each Ajax update
  var pending = false;
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        tie();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
