// Renders the weekly grid of the room, teacher, student group or student chosen in the selector.
// All data comes from the JSON block above; names are inserted as text, never as HTML.
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var select = document.getElementById('view');
  var grid = document.getElementById('grid');
  var kinds = [['room', 'Rooms'], ['teacher', 'Teachers'], ['group', 'Student groups'], ['student', 'Students']];
  kinds.forEach(function (kind) {
    var group = document.createElement('optgroup');
    group.label = kind[1];
    data.views.forEach(function (view, index) {
      if (view.kind !== kind[0]) { return; }
      var option = document.createElement('option');
      option.value = String(index);
      option.textContent = view.label;
      option.setAttribute('data-key', view.kind + ':' + view.id);
      group.appendChild(option);
    });
    if (group.children.length) { select.appendChild(group); }
  });
  var pxPerMinute = 0.8;
  function clock(minutes) {
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m;
  }
  function colour(text) {
    var hash = 0;
    for (var i = 0; i < text.length; i++) { hash = (hash * 31 + text.charCodeAt(i)) | 0; }
    return 'hsl(' + (Math.abs(hash) % 360) + ', 65%, 86%)';
  }
  function render(index) {
    var view = data.views[index];
    grid.textContent = '';
    grid.setAttribute('data-view', view.kind + ':' + view.id);
    var height = (data.dayEnd - data.dayStart) * pxPerMinute;
    grid.style.gridTemplateColumns = '3.2rem repeat(' + data.days.length + ', minmax(7rem, 1fr))';
    grid.appendChild(document.createElement('div'));
    data.days.forEach(function (name) {
      var head = document.createElement('div');
      head.className = 'dayhead';
      head.textContent = name;
      grid.appendChild(head);
    });
    var hours = document.createElement('div');
    hours.className = 'hours';
    hours.style.height = height + 'px';
    for (var t = Math.ceil(data.dayStart / 60) * 60; t <= data.dayEnd; t += 60) {
      var label = document.createElement('div');
      label.className = 'hour';
      label.style.top = (t - data.dayStart) * pxPerMinute + 'px';
      label.textContent = clock(t);
      hours.appendChild(label);
    }
    grid.appendChild(hours);
    data.days.forEach(function (name, day) {
      var column = document.createElement('div');
      column.className = 'day';
      column.style.height = height + 'px';
      for (var t = Math.ceil(data.dayStart / 60) * 60; t <= data.dayEnd; t += 60) {
        var line = document.createElement('div');
        line.className = 'line';
        line.style.top = (t - data.dayStart) * pxPerMinute + 'px';
        column.appendChild(line);
      }
      var meetings = view.sections.map(function (i) { return data.sections[i]; })
        .filter(function (s) { return s.days.indexOf(day) >= 0; })
        .sort(function (a, b) { return a.start - b.start || a.end - b.end; });
      // Meetings that overlap in time (other weeks, or a clash) share the column side by side.
      var lanes = [];
      meetings.forEach(function (s) {
        var lane = 0;
        while (lane < lanes.length && lanes[lane] > s.start) { lane++; }
        lanes[lane] = s.end;
        s.lane = lane;
      });
      meetings.forEach(function (s) {
        var width = 100 / Math.max(1, lanes.length);
        var box = document.createElement('div');
        // A clash the Evaluator found in this room, for this teacher or student, or among this group's students.
        var clash = s.clashes.indexOf(view.kind + ':' + view.id) >= 0;
        box.className = clash ? 'meeting clash' : 'meeting';
        box.setAttribute('data-section', s.id);
        box.style.top = (s.start - data.dayStart) * pxPerMinute + 'px';
        box.style.height = Math.max(14, (s.end - s.start) * pxPerMinute - 2) + 'px';
        box.style.left = (s.lane * width) + '%';
        box.style.width = width + '%';
        box.style.background = colour(s.course);
        box.title = s.title + '\n' + clock(s.start) + '-' + clock(s.end) + ', weeks ' + s.weeks
          + (s.room ? '\n' + s.room : '') + (s.teachers ? '\n' + s.teachers : '') + '\n' + s.students + ' students'
          + (clash ? '\nclashes with another meeting here' : '');
        var title = document.createElement('b');
        title.textContent = s.title;
        box.appendChild(title);
        var detail = document.createElement('span');
        detail.textContent = clock(s.start) + '-' + clock(s.end) + (s.room && view.kind !== 'room' ? ' ' + s.room : '')
          + (view.kind === 'room' && s.teachers ? ' ' + s.teachers : '');
        box.appendChild(detail);
        if (s.weeks !== data.allWeeks) {
          var weeks = document.createElement('div');
          weeks.className = 'weeks';
          weeks.textContent = 'weeks ' + s.weeks;
          box.appendChild(weeks);
        }
        column.appendChild(box);
      });
      grid.appendChild(column);
    });
    if (!view.sections.length) {
      var empty = document.createElement('div');
      empty.className = 'empty';
      empty.textContent = 'Nothing scheduled.';
      grid.appendChild(empty);
    }
  }
  select.addEventListener('change', function () {
    render(Number(select.value));
    history.replaceState(null, '', '#' + encodeURIComponent(data.views[Number(select.value)].kind + ':'
      + data.views[Number(select.value)].id));
  });
  var wanted = decodeURIComponent(location.hash.slice(1));
  var start = 0;
  data.views.forEach(function (view, index) { if (view.kind + ':' + view.id === wanted) { start = index; } });
  if (data.views.length) {
    select.value = String(start);
    render(start);
  }
})();
