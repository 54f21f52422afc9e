// The reading view's behaviour: select a passage (click, or Tab and Enter), see who speaks and why;
// filter by speaker and kind; exercise mode hides the speakers until each is revealed.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('attributions').textContent);
  var details = document.getElementById('details');
  var body = document.body;
  var exerciseButton = document.getElementById('exercise');
  var selected = null;
  var revealed = {};

  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function withId(attribute, id) {
    return all('[' + attribute + ']').filter(function (e) { return e.getAttribute(attribute).split(' ').indexOf(id) >= 0; });
  }
  function element(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }
  function exercising() { return body.classList.contains('exercise'); }

  function clear() {
    all('.sel').forEach(function (e) { e.classList.remove('sel'); });
    all('.sel-cue').forEach(function (e) { e.classList.remove('sel-cue'); });
    all('.sel-src').forEach(function (e) { e.classList.remove('sel-src'); });
    selected = null;
  }

  function select(id) {
    clear();
    selected = id;
    all('.c[data-a="' + id + '"]').forEach(function (e) { e.classList.add('sel'); });
    if (!exercising() || revealed[id]) {
      withId('data-cue', id).forEach(function (e) { e.classList.add('sel-cue'); });
      withId('data-src', id).forEach(function (e) { e.classList.add('sel-src'); });
    }
    render(id);
  }

  function row(list, term, value) {
    list.appendChild(element('dt', term));
    list.appendChild(element('dd', value));
  }

  function render(id) {
    var a = data[id];
    details.textContent = '';
    details.appendChild(element('h2', 'Selected passage'));
    if (a.n === 0) {
      details.appendChild(element('p', 'A scare quote: quote marks, but nobody speaks. The marks set off a term, a title or an irony.', 'scare-note'));
      return;
    }
    if (exercising() && !revealed[id]) {
      details.appendChild(element('p', 'Passage ' + a.n + ': ' + a.kind + '.'));
      var label = element('label', 'Who speaks here, and which words tell you?');
      label.setAttribute('for', 'answer-' + id);
      label.style.display = 'block';
      details.appendChild(label);
      var answer = element('textarea');
      answer.id = 'answer-' + id;
      details.appendChild(answer);
      var reveal = element('button', 'Reveal the answer');
      reveal.type = 'button';
      reveal.id = 'reveal';
      reveal.addEventListener('click', function () {
        revealed[id] = true;
        withId('data-cue', id).concat(withId('data-src', id)).forEach(function (e) { e.classList.add('revealed'); });
        select(id);
        details.focus();
      });
      details.appendChild(reveal);
      return;
    }
    var list = element('dl');
    row(list, 'Passage', String(a.n));
    row(list, 'Speaker', a.speaker ? a.speaker + ' (' + a.tag + ')' : 'not found in the text');
    row(list, 'Speaker type', a.type);
    row(list, 'Kind', a.kind);
    row(list, 'Cue', a.cue ? '\u201c' + a.cue + '\u201d' : 'none: the passage continues an earlier speaker');
    row(list, 'Named as', a.source ? '\u201c' + a.source + '\u201d' : 'not named beside it');
    row(list, 'Confidence', a.confidence);
    row(list, 'Rule', a.rule + (a.evidence ? ': ' + a.evidence : ''));
    if (a.review) {
      row(list, 'Reviewed', a.review.state + (a.review.reviewer ? ' by ' + a.review.reviewer : '')
          + (a.review.comment ? ': ' + a.review.comment : ''));
    }
    details.appendChild(list);
  }

  document.addEventListener('click', function (event) {
    var passage = event.target.closest ? event.target.closest('.c[data-a]') : null;
    if (passage) { select(passage.getAttribute('data-a')); }
  });
  document.addEventListener('keydown', function (event) {
    var passage = event.target.closest ? event.target.closest('.c[data-a][tabindex]') : null;
    if (passage && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(passage.getAttribute('data-a'));
    } else if (event.key === 'Escape') {
      clear();
      details.textContent = '';
      details.appendChild(element('h2', 'Selected passage'));
      details.appendChild(element('p', 'Nothing selected.', 'hint'));
    }
  });

  function applyFilters() {
    var hiddenSpeakers = all('input[data-filter-speaker]').filter(function (i) { return !i.checked; })
        .map(function (i) { return i.getAttribute('data-filter-speaker'); });
    var hiddenKinds = all('input[data-filter-kind]').filter(function (i) { return !i.checked; })
        .map(function (i) { return i.getAttribute('data-filter-kind'); });
    all('.c[data-a]').forEach(function (e) {
      var dim = hiddenSpeakers.indexOf(e.getAttribute('data-s')) >= 0 || hiddenKinds.indexOf(e.getAttribute('data-k')) >= 0;
      e.classList.toggle('dim', dim);
      var tag = e.nextElementSibling;
      if (tag && tag.classList.contains('tag')) { tag.classList.toggle('dim', dim); }
    });
  }
  all('input[data-filter-speaker], input[data-filter-kind]').forEach(function (i) { i.addEventListener('change', applyFilters); });

  exerciseButton.addEventListener('click', function () {
    var on = !exercising();
    body.classList.toggle('exercise', on);
    exerciseButton.setAttribute('aria-pressed', on ? 'true' : 'false');
    if (selected) { select(selected); }
  });
  document.getElementById('print').addEventListener('click', function () { window.print(); });
  details.setAttribute('tabindex', '-1');
}());
