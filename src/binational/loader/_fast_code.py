# Written by tools/fast_code.py from the model's classes: do not edit, run the tool.
# mypy: ignore-errors
# fmt: off
"""The fast path's structuring functions, one per class a load uses, compiled ahead.

binational.loader._convert uses a function's code only while ``SOURCES`` holds exactly the
source it writes for that class today; each function runs with its own globals.
"""

SOURCES = {
    '_model__ActorLink': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['actor']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['certainty']\n    x1 = h1.get(x1) if type(x1) is _str else None\n    if x1 is None:\n        _fail()\n    x2 = v['evidence']\n    if type(x2) is not _list:\n        _fail()\n    x2 = _tuple(_map(h2, x2))\n    if len(v) != 3:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Assessment': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 3\n    x0 = v['criterion']\n    x0 = h0.get(x0) if type(x0) is _str else None\n    if x0 is None:\n        _fail()\n    x1 = v['rating']\n    x1 = h1.get(x1) if type(x1) is _str else None\n    if x1 is None:\n        _fail()\n    x2 = v['evidence']\n    if type(x2) is not _list:\n        _fail()\n    x2 = _tuple(_map(h2, x2))\n    if 'certainty' in v:\n        n += 1\n        x3 = v['certainty']\n        x3 = h3.get(x3) if type(x3) is _str else None\n        if x3 is None:\n            _fail()\n    else:\n        x3 = d3\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Characterization': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 4\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['actor']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['portrayal']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    x3 = v['evidence']\n    if type(x3) is not _list:\n        _fail()\n    x3 = _tuple(_map(h3, x3))\n    if 'attributed_to' in v:\n        n += 1\n        x4 = v['attributed_to']\n        if type(x4) is not _list:\n            _fail()\n        for e in x4:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x4 = _tuple(x4)\n    else:\n        x4 = d4\n    if 'certainty' in v:\n        n += 1\n        x5 = v['certainty']\n        x5 = h5.get(x5) if type(x5) is _str else None\n        if x5 is None:\n            _fail()\n    else:\n        x5 = d5\n    if 'notes' in v:\n        n += 1\n        x6 = v['notes']\n        if type(x6) is not _list:\n            _fail()\n        for e in x6:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x6 = _tuple(x6)\n    else:\n        x6 = d6\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Citation': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 4\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['marker']\n    x1 = h1(x1)\n    x2 = v['evidence']\n    if type(x2) is not _list:\n        _fail()\n    x2 = _tuple(_map(h2, x2))\n    x3 = v['candidates']\n    if type(x3) is not _list:\n        _fail()\n    for e in x3:\n        if type(e) is not _str or not (e.isascii() or _encodes(e)):\n            _fail()\n    x3 = _tuple(x3)\n    if 'notes' in v:\n        n += 1\n        x4 = v['notes']\n        if type(x4) is not _list:\n            _fail()\n        for e in x4:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x4 = _tuple(x4)\n    else:\n        x4 = d4\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Claim': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['text']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['evidence']\n    if type(x1) is not _list:\n        _fail()\n    x1 = _tuple(_map(h1, x1))\n    if 'cites' in v:\n        n += 1\n        x2 = v['cites']\n        if type(x2) is not _list:\n            _fail()\n        for e in x2:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x2 = _tuple(x2)\n    else:\n        x2 = d2\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Dating': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['date']\n    x0 = h0(x0)\n    x1 = v['certainty']\n    x1 = h1.get(x1) if type(x1) is _str else None\n    if x1 is None:\n        _fail()\n    if 'evidence' in v:\n        n += 1\n        x2 = v['evidence']\n        if type(x2) is not _list:\n            _fail()\n        x2 = _tuple(_map(h2, x2))\n    else:\n        x2 = d2\n    if 'note' in v:\n        n += 1\n        x3 = v['note']\n        if x3 is not None:\n            if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):\n                _fail()\n    else:\n        x3 = d3\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Event': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['kind']\n    x0 = h0.get(x0) if type(x0) is _str else None\n    if x0 is None:\n        _fail()\n    x1 = v['evidence']\n    if type(x1) is not _list:\n        _fail()\n    x1 = _tuple(_map(h1, x1))\n    if 'date' in v:\n        n += 1\n        x2 = v['date']\n        if x2 is not None:\n            x2 = h2(x2)\n    else:\n        x2 = d2\n    if 'actors' in v:\n        n += 1\n        x3 = v['actors']\n        if type(x3) is not _list:\n            _fail()\n        for e in x3:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x3 = _tuple(x3)\n    else:\n        x3 = d3\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Figure': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 5\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['subject']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['value']\n    x2 = h2(x2)\n    x3 = v['unit']\n    x3 = h3.get(x3) if type(x3) is _str else None\n    if x3 is None:\n        _fail()\n    x4 = v['evidence']\n    if type(x4) is not _list:\n        _fail()\n    x4 = _tuple(_map(h4, x4))\n    if 'scale' in v:\n        n += 1\n        x5 = v['scale']\n        x5 = h5.get(x5) if type(x5) is _str else None\n        if x5 is None:\n            _fail()\n    else:\n        x5 = d5\n    if 'value_max' in v:\n        n += 1\n        x6 = v['value_max']\n        if x6 is not None:\n            x6 = h6(x6)\n    else:\n        x6 = d6\n    if 'qualifier' in v:\n        n += 1\n        x7 = v['qualifier']\n        x7 = h7.get(x7) if type(x7) is _str else None\n        if x7 is None:\n            _fail()\n    else:\n        x7 = d7\n    if 'direction' in v:\n        n += 1\n        x8 = v['direction']\n        if x8 is not None:\n            x8 = h8.get(x8) if type(x8) is _str else None\n            if x8 is None:\n                _fail()\n    else:\n        x8 = d8\n    if 'period' in v:\n        n += 1\n        x9 = v['period']\n        if x9 is not None:\n            x9 = h9(x9)\n    else:\n        x9 = d9\n    if 'about' in v:\n        n += 1\n        x10 = v['about']\n        if type(x10) is not _list:\n            _fail()\n        for e in x10:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x10 = _tuple(x10)\n    else:\n        x10 = d10\n    if 'measure' in v:\n        n += 1\n        x11 = v['measure']\n        if x11 is not None:\n            if type(x11) is not _str or not (x11.isascii() or _encodes(x11)):\n                _fail()\n    else:\n        x11 = d11\n    if 'notes' in v:\n        n += 1\n        x12 = v['notes']\n        if type(x12) is not _list:\n            _fail()\n        for e in x12:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x12 = _tuple(x12)\n    else:\n        x12 = d12\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    s7(obj, x7)\n    s8(obj, x8)\n    s9(obj, x9)\n    s10(obj, x10)\n    s11(obj, x11)\n    s12(obj, x12)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Framing': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 7\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['table']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['column']\n    if type(x2) is not _str or not (x2.isascii() or _encodes(x2)):\n        _fail()\n    x3 = v['administration']\n    if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):\n        _fail()\n    x4 = v['category']\n    if type(x4) is not _str or not (x4.isascii() or _encodes(x4)):\n        _fail()\n    x5 = v['text']\n    if type(x5) is not _str or not (x5.isascii() or _encodes(x5)):\n        _fail()\n    x6 = v['evidence']\n    if type(x6) is not _list:\n        _fail()\n    x6 = _tuple(_map(h6, x6))\n    if 'documents' in v:\n        n += 1\n        x7 = v['documents']\n        if type(x7) is not _list:\n            _fail()\n        for e in x7:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x7 = _tuple(x7)\n    else:\n        x7 = d7\n    if 'flags' in v:\n        n += 1\n        x8 = v['flags']\n        if type(x8) is not _list:\n            _fail()\n        x8 = _tuple(_map(h8, x8))\n    else:\n        x8 = d8\n    if 'notes' in v:\n        n += 1\n        x9 = v['notes']\n        if type(x9) is not _list:\n            _fail()\n        for e in x9:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x9 = _tuple(x9)\n    else:\n        x9 = d9\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    s7(obj, x7)\n    s8(obj, x8)\n    s9(obj, x9)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__InitiativeLink': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['kind']\n    x0 = h0.get(x0) if type(x0) is _str else None\n    if x0 is None:\n        _fail()\n    x1 = v['initiative']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['certainty']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    x3 = v['evidence']\n    if type(x3) is not _list:\n        _fail()\n    x3 = _tuple(_map(h3, x3))\n    if len(v) != 4:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Organization': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['name']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    if len(v) != 1:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__PartialDate': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 1\n    x0 = v['year']\n    if type(x0) is not _int:\n        _fail()\n    if 'month' in v:\n        n += 1\n        x1 = v['month']\n        if x1 is not None:\n            if type(x1) is not _int:\n                _fail()\n    else:\n        x1 = d1\n    if 'day' in v:\n        n += 1\n        x2 = v['day']\n        if x2 is not None:\n            if type(x2) is not _int:\n                _fail()\n    else:\n        x2 = d2\n    if len(v) != n:\n        _fail()\n    obj = _cls(year=x0, month=x1, day=x2)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Participant': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['actor']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['role']\n    x1 = h1.get(x1) if type(x1) is _str else None\n    if x1 is None:\n        _fail()\n    x2 = v['certainty']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    x3 = v['evidence']\n    if type(x3) is not _list:\n        _fail()\n    x3 = _tuple(_map(h3, x3))\n    if len(v) != 4:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Period': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 1\n    x0 = v['start']\n    if type(x0) is not _int:\n        _fail()\n    if 'end' in v:\n        n += 1\n        x1 = v['end']\n        if x1 is not None:\n            if type(x1) is not _int:\n                _fail()\n    else:\n        x1 = d1\n    if 'fiscal' in v:\n        n += 1\n        x2 = v['fiscal']\n        if type(x2) is not _bool:\n            _fail()\n    else:\n        x2 = d2\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Person': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 1\n    x0 = v['family']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    if 'given' in v:\n        n += 1\n        x1 = v['given']\n        if x1 is not None:\n            if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n                _fail()\n    else:\n        x1 = d1\n    if 'particle' in v:\n        n += 1\n        x2 = v['particle']\n        if x2 is not None:\n            if type(x2) is not _str or not (x2.isascii() or _encodes(x2)):\n                _fail()\n    else:\n        x2 = d2\n    if 'dropping_particle' in v:\n        n += 1\n        x3 = v['dropping_particle']\n        if x3 is not None:\n            if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):\n                _fail()\n    else:\n        x3 = d3\n    if 'suffix' in v:\n        n += 1\n        x4 = v['suffix']\n        if x4 is not None:\n            if type(x4) is not _str or not (x4.isascii() or _encodes(x4)):\n                _fail()\n    else:\n        x4 = d4\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__PolicyOption': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 4\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['name']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['summary']\n    if type(x2) is not _str or not (x2.isascii() or _encodes(x2)):\n        _fail()\n    x3 = v['evidence']\n    if type(x3) is not _list:\n        _fail()\n    x3 = _tuple(_map(h3, x3))\n    if 'horizon' in v:\n        n += 1\n        x4 = v['horizon']\n        if x4 is not None:\n            x4 = h4.get(x4) if type(x4) is _str else None\n            if x4 is None:\n                _fail()\n    else:\n        x4 = d4\n    if 'components' in v:\n        n += 1\n        x5 = v['components']\n        if type(x5) is not _list:\n            _fail()\n        x5 = _tuple(_map(h5, x5))\n    else:\n        x5 = d5\n    if 'benefits' in v:\n        n += 1\n        x6 = v['benefits']\n        if type(x6) is not _list:\n            _fail()\n        x6 = _tuple(_map(h6, x6))\n    else:\n        x6 = d6\n    if 'risks' in v:\n        n += 1\n        x7 = v['risks']\n        if type(x7) is not _list:\n            _fail()\n        x7 = _tuple(_map(h7, x7))\n    else:\n        x7 = d7\n    if 'conditions' in v:\n        n += 1\n        x8 = v['conditions']\n        if type(x8) is not _list:\n            _fail()\n        x8 = _tuple(_map(h8, x8))\n    else:\n        x8 = d8\n    if 'assessments' in v:\n        n += 1\n        x9 = v['assessments']\n        if type(x9) is not _list:\n            _fail()\n        x9 = _tuple(_map(h9, x9))\n    else:\n        x9 = d9\n    if 'rank' in v:\n        n += 1\n        x10 = v['rank']\n        if x10 is not None:\n            if type(x10) is not _int:\n                _fail()\n    else:\n        x10 = d10\n    if 'notes' in v:\n        n += 1\n        x11 = v['notes']\n        if type(x11) is not _list:\n            _fail()\n        for e in x11:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x11 = _tuple(x11)\n    else:\n        x11 = d11\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    s7(obj, x7)\n    s8(obj, x8)\n    s9(obj, x9)\n    s10(obj, x10)\n    s11(obj, x11)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Position': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 4\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['source']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['dimension']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    x3 = v['stance']\n    if x3 is not None:\n        x3 = h3.get(x3) if type(x3) is _str else None\n        if x3 is None:\n            _fail()\n    if 'evidence' in v:\n        n += 1\n        x4 = v['evidence']\n        if type(x4) is not _list:\n            _fail()\n        x4 = _tuple(_map(h4, x4))\n    else:\n        x4 = d4\n    if 'certainty' in v:\n        n += 1\n        x5 = v['certainty']\n        x5 = h5.get(x5) if type(x5) is _str else None\n        if x5 is None:\n            _fail()\n    else:\n        x5 = d5\n    if 'notes' in v:\n        n += 1\n        x6 = v['notes']\n        if type(x6) is not _list:\n            _fail()\n        for e in x6:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x6 = _tuple(x6)\n    else:\n        x6 = d6\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Recommendation': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 3\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['summary']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['evidence']\n    if type(x2) is not _list:\n        _fail()\n    x2 = _tuple(_map(h2, x2))\n    if 'addressees' in v:\n        n += 1\n        x3 = v['addressees']\n        if type(x3) is not _list:\n            _fail()\n        for e in x3:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x3 = _tuple(x3)\n    else:\n        x3 = d3\n    if 'made_by' in v:\n        n += 1\n        x4 = v['made_by']\n        if x4 is not None:\n            if type(x4) is not _str or not (x4.isascii() or _encodes(x4)):\n                _fail()\n    else:\n        x4 = d4\n    if 'lead' in v:\n        n += 1\n        x5 = v['lead']\n        if x5 is not None:\n            if type(x5) is not _str or not (x5.isascii() or _encodes(x5)):\n                _fail()\n    else:\n        x5 = d5\n    if 'participants' in v:\n        n += 1\n        x6 = v['participants']\n        if type(x6) is not _list:\n            _fail()\n        for e in x6:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x6 = _tuple(x6)\n    else:\n        x6 = d6\n    if 'places' in v:\n        n += 1\n        x7 = v['places']\n        if type(x7) is not _list:\n            _fail()\n        for e in x7:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x7 = _tuple(x7)\n    else:\n        x7 = d7\n    if 'phase' in v:\n        n += 1\n        x8 = v['phase']\n        if x8 is not None:\n            if type(x8) is not _int:\n                _fail()\n    else:\n        x8 = d8\n    if 'timeframe' in v:\n        n += 1\n        x9 = v['timeframe']\n        if x9 is not None:\n            x9 = h9(x9)\n    else:\n        x9 = d9\n    if 'metrics' in v:\n        n += 1\n        x10 = v['metrics']\n        if type(x10) is not _list:\n            _fail()\n        x10 = _tuple(_map(h10, x10))\n    else:\n        x10 = d10\n    if 'builds_on' in v:\n        n += 1\n        x11 = v['builds_on']\n        if type(x11) is not _list:\n            _fail()\n        for e in x11:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x11 = _tuple(x11)\n    else:\n        x11 = d11\n    if 'themes' in v:\n        n += 1\n        x12 = v['themes']\n        if type(x12) is not _list:\n            _fail()\n        x12 = _tuple(_map(h12, x12))\n    else:\n        x12 = d12\n    if 'notes' in v:\n        n += 1\n        x13 = v['notes']\n        if type(x13) is not _list:\n            _fail()\n        for e in x13:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x13 = _tuple(x13)\n    else:\n        x13 = d13\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    s7(obj, x7)\n    s8(obj, x8)\n    s9(obj, x9)\n    s10(obj, x10)\n    s11(obj, x11)\n    s12(obj, x12)\n    s13(obj, x13)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__SeedText': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['file']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['sha256']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    if len(v) != 2:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Source': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 5\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['role']\n    x1 = h1.get(x1) if type(x1) is _str else None\n    if x1 is None:\n        _fail()\n    x2 = v['type']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    x3 = v['title']\n    if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):\n        _fail()\n    x4 = v['evidence']\n    if type(x4) is not _list:\n        _fail()\n    x4 = _tuple(_map(h4, x4))\n    if 'creators' in v:\n        n += 1\n        x5 = v['creators']\n        if type(x5) is not _list:\n            _fail()\n        x5 = _tuple(_map(h5, x5))\n    else:\n        x5 = d5\n    if 'recipients' in v:\n        n += 1\n        x6 = v['recipients']\n        if type(x6) is not _list:\n            _fail()\n        x6 = _tuple(_map(h6, x6))\n    else:\n        x6 = d6\n    if 'publisher' in v:\n        n += 1\n        x7 = v['publisher']\n        if x7 is not None:\n            if type(x7) is not _str or not (x7.isascii() or _encodes(x7)):\n                _fail()\n    else:\n        x7 = d7\n    if 'publisher_place' in v:\n        n += 1\n        x8 = v['publisher_place']\n        if x8 is not None:\n            if type(x8) is not _str or not (x8.isascii() or _encodes(x8)):\n                _fail()\n    else:\n        x8 = d8\n    if 'issued' in v:\n        n += 1\n        x9 = v['issued']\n        if x9 is not None:\n            x9 = h9(x9)\n    else:\n        x9 = d9\n    if 'url' in v:\n        n += 1\n        x10 = v['url']\n        if x10 is not None:\n            if type(x10) is not _str or not (x10.isascii() or _encodes(x10)):\n                _fail()\n    else:\n        x10 = d10\n    if 'accessed' in v:\n        n += 1\n        x11 = v['accessed']\n        if x11 is not None:\n            x11 = h11(x11)\n    else:\n        x11 = d11\n    if 'number' in v:\n        n += 1\n        x12 = v['number']\n        if x12 is not None:\n            if type(x12) is not _str or not (x12.isascii() or _encodes(x12)):\n                _fail()\n    else:\n        x12 = d12\n    if 'container_title' in v:\n        n += 1\n        x13 = v['container_title']\n        if x13 is not None:\n            if type(x13) is not _str or not (x13.isascii() or _encodes(x13)):\n                _fail()\n    else:\n        x13 = d13\n    if 'collection_title' in v:\n        n += 1\n        x14 = v['collection_title']\n        if x14 is not None:\n            if type(x14) is not _str or not (x14.isascii() or _encodes(x14)):\n                _fail()\n    else:\n        x14 = d14\n    if 'volume' in v:\n        n += 1\n        x15 = v['volume']\n        if x15 is not None:\n            if type(x15) is not _str or not (x15.isascii() or _encodes(x15)):\n                _fail()\n    else:\n        x15 = d15\n    if 'issue' in v:\n        n += 1\n        x16 = v['issue']\n        if x16 is not None:\n            if type(x16) is not _str or not (x16.isascii() or _encodes(x16)):\n                _fail()\n    else:\n        x16 = d16\n    if 'pages' in v:\n        n += 1\n        x17 = v['pages']\n        if x17 is not None:\n            if type(x17) is not _str or not (x17.isascii() or _encodes(x17)):\n                _fail()\n    else:\n        x17 = d17\n    if 'sentence_case_title' in v:\n        n += 1\n        x18 = v['sentence_case_title']\n        if x18 is not None:\n            if type(x18) is not _str or not (x18.isascii() or _encodes(x18)):\n                _fail()\n    else:\n        x18 = d18\n    if 'silent_on' in v:\n        n += 1\n        x19 = v['silent_on']\n        if type(x19) is not _list:\n            _fail()\n        x19 = _tuple(_map(h19, x19))\n    else:\n        x19 = d19\n    if 'seed' in v:\n        n += 1\n        x20 = v['seed']\n        if x20 is not None:\n            x20 = h20(x20)\n    else:\n        x20 = d20\n    if 'notes' in v:\n        n += 1\n        x21 = v['notes']\n        if type(x21) is not _list:\n            _fail()\n        for e in x21:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x21 = _tuple(x21)\n    else:\n        x21 = d21\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    s7(obj, x7)\n    s8(obj, x8)\n    s9(obj, x9)\n    s10(obj, x10)\n    s11(obj, x11)\n    s12(obj, x12)\n    s13(obj, x13)\n    s14(obj, x14)\n    s15(obj, x15)\n    s16(obj, x16)\n    s17(obj, x17)\n    s18(obj, x18)\n    s19(obj, x19)\n    s20(obj, x20)\n    s21(obj, x21)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__StatusClaim': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['status']\n    x0 = h0.get(x0) if type(x0) is _str else None\n    if x0 is None:\n        _fail()\n    x1 = v['certainty']\n    x1 = h1.get(x1) if type(x1) is _str else None\n    if x1 is None:\n        _fail()\n    x2 = v['evidence']\n    if type(x2) is not _list:\n        _fail()\n    x2 = _tuple(_map(h2, x2))\n    if len(v) != 3:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_model__Timeframe': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['text']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['evidence']\n    if type(x1) is not _list:\n        _fail()\n    x1 = _tuple(_map(h1, x1))\n    if 'start' in v:\n        n += 1\n        x2 = v['start']\n        if x2 is not None:\n            x2 = h2(x2)\n    else:\n        x2 = d2\n    if 'end' in v:\n        n += 1\n        x3 = v['end']\n        if x3 is not None:\n            x3 = h3(x3)\n    else:\n        x3 = d3\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__ActorEntry': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 3\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['name']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['kind']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    if 'country' in v:\n        n += 1\n        x3 = v['country']\n        if x3 is not None:\n            if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):\n                _fail()\n    else:\n        x3 = d3\n    if 'aliases' in v:\n        n += 1\n        x4 = v['aliases']\n        if type(x4) is not _list:\n            _fail()\n        for e in x4:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x4 = _tuple(x4)\n    else:\n        x4 = d4\n    if 'notes' in v:\n        n += 1\n        x5 = v['notes']\n        if type(x5) is not _list:\n            _fail()\n        for e in x5:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x5 = _tuple(x5)\n    else:\n        x5 = d5\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__ActorMention': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['evidence']\n    if type(x1) is not _list:\n        _fail()\n    x1 = _tuple(_map(h1, x1))\n    if 'parent' in v:\n        n += 1\n        x2 = v['parent']\n        if x2 is not None:\n            x2 = h2(x2)\n    else:\n        x2 = d2\n    if 'notes' in v:\n        n += 1\n        x3 = v['notes']\n        if type(x3) is not _list:\n            _fail()\n        for e in x3:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x3 = _tuple(x3)\n    else:\n        x3 = d3\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__ActorsFile': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['actors']\n    if type(x0) is not _list:\n        _fail()\n    x0 = _tuple(_map(h0, x0))\n    if len(v) != 1:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__InitiativeEntry': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 3\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['name']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['kind']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    if 'aliases' in v:\n        n += 1\n        x3 = v['aliases']\n        if type(x3) is not _list:\n            _fail()\n        for e in x3:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x3 = _tuple(x3)\n    else:\n        x3 = d3\n    if 'notes' in v:\n        n += 1\n        x4 = v['notes']\n        if type(x4) is not _list:\n            _fail()\n        for e in x4:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x4 = _tuple(x4)\n    else:\n        x4 = d4\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__InitiativeMention': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['evidence']\n    if type(x1) is not _list:\n        _fail()\n    x1 = _tuple(_map(h1, x1))\n    if 'statuses' in v:\n        n += 1\n        x2 = v['statuses']\n        if type(x2) is not _list:\n            _fail()\n        x2 = _tuple(_map(h2, x2))\n    else:\n        x2 = d2\n    if 'events' in v:\n        n += 1\n        x3 = v['events']\n        if type(x3) is not _list:\n            _fail()\n        x3 = _tuple(_map(h3, x3))\n    else:\n        x3 = d3\n    if 'participants' in v:\n        n += 1\n        x4 = v['participants']\n        if type(x4) is not _list:\n            _fail()\n        x4 = _tuple(_map(h4, x4))\n    else:\n        x4 = d4\n    if 'relations' in v:\n        n += 1\n        x5 = v['relations']\n        if type(x5) is not _list:\n            _fail()\n        x5 = _tuple(_map(h5, x5))\n    else:\n        x5 = d5\n    if 'notes' in v:\n        n += 1\n        x6 = v['notes']\n        if type(x6) is not _list:\n            _fail()\n        for e in x6:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x6 = _tuple(x6)\n    else:\n        x6 = d6\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__InitiativesFile': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['initiatives']\n    if type(x0) is not _list:\n        _fail()\n    x0 = _tuple(_map(h0, x0))\n    if len(v) != 1:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__PlaceEntry': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 3\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['name']\n    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):\n        _fail()\n    x2 = v['kind']\n    x2 = h2.get(x2) if type(x2) is _str else None\n    if x2 is None:\n        _fail()\n    if 'countries' in v:\n        n += 1\n        x3 = v['countries']\n        if type(x3) is not _list:\n            _fail()\n        for e in x3:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x3 = _tuple(x3)\n    else:\n        x3 = d3\n    if 'aliases' in v:\n        n += 1\n        x4 = v['aliases']\n        if type(x4) is not _list:\n            _fail()\n        for e in x4:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x4 = _tuple(x4)\n    else:\n        x4 = d4\n    if 'notes' in v:\n        n += 1\n        x5 = v['notes']\n        if type(x5) is not _list:\n            _fail()\n        for e in x5:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x5 = _tuple(x5)\n    else:\n        x5 = d5\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__PlaceMention': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['id']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['evidence']\n    if type(x1) is not _list:\n        _fail()\n    x1 = _tuple(_map(h1, x1))\n    if 'notes' in v:\n        n += 1\n        x2 = v['notes']\n        if type(x2) is not _list:\n            _fail()\n        for e in x2:\n            if type(e) is not _str or not (e.isascii() or _encodes(e)):\n                _fail()\n        x2 = _tuple(x2)\n    else:\n        x2 = d2\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__PlacesFile': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['places']\n    if type(x0) is not _list:\n        _fail()\n    x0 = _tuple(_map(h0, x0))\n    if len(v) != 1:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__SectionRecord': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    x0 = v['title']\n    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):\n        _fail()\n    x1 = v['start']\n    if type(x1) is not _int:\n        _fail()\n    if len(v) != 2:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
    '_records__SeedFile': "def structure(v):\n    if type(v) is not _dict:\n        _fail()\n    n = 2\n    x0 = v['source']\n    x0 = h0(x0)\n    x1 = v['sections']\n    if type(x1) is not _list:\n        _fail()\n    x1 = _tuple(_map(h1, x1))\n    if 'sources' in v:\n        n += 1\n        x2 = v['sources']\n        if type(x2) is not _list:\n            _fail()\n        x2 = _tuple(_map(h2, x2))\n    else:\n        x2 = d2\n    if 'citations' in v:\n        n += 1\n        x3 = v['citations']\n        if type(x3) is not _list:\n            _fail()\n        x3 = _tuple(_map(h3, x3))\n    else:\n        x3 = d3\n    if 'actors' in v:\n        n += 1\n        x4 = v['actors']\n        if type(x4) is not _list:\n            _fail()\n        x4 = _tuple(_map(h4, x4))\n    else:\n        x4 = d4\n    if 'initiatives' in v:\n        n += 1\n        x5 = v['initiatives']\n        if type(x5) is not _list:\n            _fail()\n        x5 = _tuple(_map(h5, x5))\n    else:\n        x5 = d5\n    if 'places' in v:\n        n += 1\n        x6 = v['places']\n        if type(x6) is not _list:\n            _fail()\n        x6 = _tuple(_map(h6, x6))\n    else:\n        x6 = d6\n    if 'options' in v:\n        n += 1\n        x7 = v['options']\n        if type(x7) is not _list:\n            _fail()\n        x7 = _tuple(_map(h7, x7))\n    else:\n        x7 = d7\n    if 'recommendations' in v:\n        n += 1\n        x8 = v['recommendations']\n        if type(x8) is not _list:\n            _fail()\n        x8 = _tuple(_map(h8, x8))\n    else:\n        x8 = d8\n    if 'figures' in v:\n        n += 1\n        x9 = v['figures']\n        if type(x9) is not _list:\n            _fail()\n        x9 = _tuple(_map(h9, x9))\n    else:\n        x9 = d9\n    if 'framings' in v:\n        n += 1\n        x10 = v['framings']\n        if type(x10) is not _list:\n            _fail()\n        x10 = _tuple(_map(h10, x10))\n    else:\n        x10 = d10\n    if 'positions' in v:\n        n += 1\n        x11 = v['positions']\n        if type(x11) is not _list:\n            _fail()\n        x11 = _tuple(_map(h11, x11))\n    else:\n        x11 = d11\n    if 'characterizations' in v:\n        n += 1\n        x12 = v['characterizations']\n        if type(x12) is not _list:\n            _fail()\n        x12 = _tuple(_map(h12, x12))\n    else:\n        x12 = d12\n    if len(v) != n:\n        _fail()\n    obj = _new(_cls)\n    s0(obj, x0)\n    s1(obj, x1)\n    s2(obj, x2)\n    s3(obj, x3)\n    s4(obj, x4)\n    s5(obj, x5)\n    s6(obj, x6)\n    s7(obj, x7)\n    s8(obj, x8)\n    s9(obj, x9)\n    s10(obj, x10)\n    s11(obj, x11)\n    s12(obj, x12)\n    ctx = _context.get()\n    if ctx is not None:\n        made = ctx.made.get(_cls)\n        if made is None:\n            ctx.made[_cls] = [obj]\n        else:\n            made.append(obj)\n    return obj\n",
}


def _model__ActorLink(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['actor']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['certainty']
    x1 = h1.get(x1) if type(x1) is _str else None
    if x1 is None:
        _fail()
    x2 = v['evidence']
    if type(x2) is not _list:
        _fail()
    x2 = _tuple(_map(h2, x2))
    if len(v) != 3:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Assessment(v):
    if type(v) is not _dict:
        _fail()
    n = 3
    x0 = v['criterion']
    x0 = h0.get(x0) if type(x0) is _str else None
    if x0 is None:
        _fail()
    x1 = v['rating']
    x1 = h1.get(x1) if type(x1) is _str else None
    if x1 is None:
        _fail()
    x2 = v['evidence']
    if type(x2) is not _list:
        _fail()
    x2 = _tuple(_map(h2, x2))
    if 'certainty' in v:
        n += 1
        x3 = v['certainty']
        x3 = h3.get(x3) if type(x3) is _str else None
        if x3 is None:
            _fail()
    else:
        x3 = d3
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Characterization(v):
    if type(v) is not _dict:
        _fail()
    n = 4
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['actor']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['portrayal']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    x3 = v['evidence']
    if type(x3) is not _list:
        _fail()
    x3 = _tuple(_map(h3, x3))
    if 'attributed_to' in v:
        n += 1
        x4 = v['attributed_to']
        if type(x4) is not _list:
            _fail()
        for e in x4:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x4 = _tuple(x4)
    else:
        x4 = d4
    if 'certainty' in v:
        n += 1
        x5 = v['certainty']
        x5 = h5.get(x5) if type(x5) is _str else None
        if x5 is None:
            _fail()
    else:
        x5 = d5
    if 'notes' in v:
        n += 1
        x6 = v['notes']
        if type(x6) is not _list:
            _fail()
        for e in x6:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x6 = _tuple(x6)
    else:
        x6 = d6
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Citation(v):
    if type(v) is not _dict:
        _fail()
    n = 4
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['marker']
    x1 = h1(x1)
    x2 = v['evidence']
    if type(x2) is not _list:
        _fail()
    x2 = _tuple(_map(h2, x2))
    x3 = v['candidates']
    if type(x3) is not _list:
        _fail()
    for e in x3:
        if type(e) is not _str or not (e.isascii() or _encodes(e)):
            _fail()
    x3 = _tuple(x3)
    if 'notes' in v:
        n += 1
        x4 = v['notes']
        if type(x4) is not _list:
            _fail()
        for e in x4:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x4 = _tuple(x4)
    else:
        x4 = d4
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Claim(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['text']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['evidence']
    if type(x1) is not _list:
        _fail()
    x1 = _tuple(_map(h1, x1))
    if 'cites' in v:
        n += 1
        x2 = v['cites']
        if type(x2) is not _list:
            _fail()
        for e in x2:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x2 = _tuple(x2)
    else:
        x2 = d2
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Dating(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['date']
    x0 = h0(x0)
    x1 = v['certainty']
    x1 = h1.get(x1) if type(x1) is _str else None
    if x1 is None:
        _fail()
    if 'evidence' in v:
        n += 1
        x2 = v['evidence']
        if type(x2) is not _list:
            _fail()
        x2 = _tuple(_map(h2, x2))
    else:
        x2 = d2
    if 'note' in v:
        n += 1
        x3 = v['note']
        if x3 is not None:
            if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):
                _fail()
    else:
        x3 = d3
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Event(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['kind']
    x0 = h0.get(x0) if type(x0) is _str else None
    if x0 is None:
        _fail()
    x1 = v['evidence']
    if type(x1) is not _list:
        _fail()
    x1 = _tuple(_map(h1, x1))
    if 'date' in v:
        n += 1
        x2 = v['date']
        if x2 is not None:
            x2 = h2(x2)
    else:
        x2 = d2
    if 'actors' in v:
        n += 1
        x3 = v['actors']
        if type(x3) is not _list:
            _fail()
        for e in x3:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x3 = _tuple(x3)
    else:
        x3 = d3
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Figure(v):
    if type(v) is not _dict:
        _fail()
    n = 5
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['subject']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['value']
    x2 = h2(x2)
    x3 = v['unit']
    x3 = h3.get(x3) if type(x3) is _str else None
    if x3 is None:
        _fail()
    x4 = v['evidence']
    if type(x4) is not _list:
        _fail()
    x4 = _tuple(_map(h4, x4))
    if 'scale' in v:
        n += 1
        x5 = v['scale']
        x5 = h5.get(x5) if type(x5) is _str else None
        if x5 is None:
            _fail()
    else:
        x5 = d5
    if 'value_max' in v:
        n += 1
        x6 = v['value_max']
        if x6 is not None:
            x6 = h6(x6)
    else:
        x6 = d6
    if 'qualifier' in v:
        n += 1
        x7 = v['qualifier']
        x7 = h7.get(x7) if type(x7) is _str else None
        if x7 is None:
            _fail()
    else:
        x7 = d7
    if 'direction' in v:
        n += 1
        x8 = v['direction']
        if x8 is not None:
            x8 = h8.get(x8) if type(x8) is _str else None
            if x8 is None:
                _fail()
    else:
        x8 = d8
    if 'period' in v:
        n += 1
        x9 = v['period']
        if x9 is not None:
            x9 = h9(x9)
    else:
        x9 = d9
    if 'about' in v:
        n += 1
        x10 = v['about']
        if type(x10) is not _list:
            _fail()
        for e in x10:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x10 = _tuple(x10)
    else:
        x10 = d10
    if 'measure' in v:
        n += 1
        x11 = v['measure']
        if x11 is not None:
            if type(x11) is not _str or not (x11.isascii() or _encodes(x11)):
                _fail()
    else:
        x11 = d11
    if 'notes' in v:
        n += 1
        x12 = v['notes']
        if type(x12) is not _list:
            _fail()
        for e in x12:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x12 = _tuple(x12)
    else:
        x12 = d12
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    s7(obj, x7)
    s8(obj, x8)
    s9(obj, x9)
    s10(obj, x10)
    s11(obj, x11)
    s12(obj, x12)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Framing(v):
    if type(v) is not _dict:
        _fail()
    n = 7
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['table']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['column']
    if type(x2) is not _str or not (x2.isascii() or _encodes(x2)):
        _fail()
    x3 = v['administration']
    if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):
        _fail()
    x4 = v['category']
    if type(x4) is not _str or not (x4.isascii() or _encodes(x4)):
        _fail()
    x5 = v['text']
    if type(x5) is not _str or not (x5.isascii() or _encodes(x5)):
        _fail()
    x6 = v['evidence']
    if type(x6) is not _list:
        _fail()
    x6 = _tuple(_map(h6, x6))
    if 'documents' in v:
        n += 1
        x7 = v['documents']
        if type(x7) is not _list:
            _fail()
        for e in x7:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x7 = _tuple(x7)
    else:
        x7 = d7
    if 'flags' in v:
        n += 1
        x8 = v['flags']
        if type(x8) is not _list:
            _fail()
        x8 = _tuple(_map(h8, x8))
    else:
        x8 = d8
    if 'notes' in v:
        n += 1
        x9 = v['notes']
        if type(x9) is not _list:
            _fail()
        for e in x9:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x9 = _tuple(x9)
    else:
        x9 = d9
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    s7(obj, x7)
    s8(obj, x8)
    s9(obj, x9)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__InitiativeLink(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['kind']
    x0 = h0.get(x0) if type(x0) is _str else None
    if x0 is None:
        _fail()
    x1 = v['initiative']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['certainty']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    x3 = v['evidence']
    if type(x3) is not _list:
        _fail()
    x3 = _tuple(_map(h3, x3))
    if len(v) != 4:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Organization(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['name']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    if len(v) != 1:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__PartialDate(v):
    if type(v) is not _dict:
        _fail()
    n = 1
    x0 = v['year']
    if type(x0) is not _int:
        _fail()
    if 'month' in v:
        n += 1
        x1 = v['month']
        if x1 is not None:
            if type(x1) is not _int:
                _fail()
    else:
        x1 = d1
    if 'day' in v:
        n += 1
        x2 = v['day']
        if x2 is not None:
            if type(x2) is not _int:
                _fail()
    else:
        x2 = d2
    if len(v) != n:
        _fail()
    obj = _cls(year=x0, month=x1, day=x2)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Participant(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['actor']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['role']
    x1 = h1.get(x1) if type(x1) is _str else None
    if x1 is None:
        _fail()
    x2 = v['certainty']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    x3 = v['evidence']
    if type(x3) is not _list:
        _fail()
    x3 = _tuple(_map(h3, x3))
    if len(v) != 4:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Period(v):
    if type(v) is not _dict:
        _fail()
    n = 1
    x0 = v['start']
    if type(x0) is not _int:
        _fail()
    if 'end' in v:
        n += 1
        x1 = v['end']
        if x1 is not None:
            if type(x1) is not _int:
                _fail()
    else:
        x1 = d1
    if 'fiscal' in v:
        n += 1
        x2 = v['fiscal']
        if type(x2) is not _bool:
            _fail()
    else:
        x2 = d2
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Person(v):
    if type(v) is not _dict:
        _fail()
    n = 1
    x0 = v['family']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    if 'given' in v:
        n += 1
        x1 = v['given']
        if x1 is not None:
            if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
                _fail()
    else:
        x1 = d1
    if 'particle' in v:
        n += 1
        x2 = v['particle']
        if x2 is not None:
            if type(x2) is not _str or not (x2.isascii() or _encodes(x2)):
                _fail()
    else:
        x2 = d2
    if 'dropping_particle' in v:
        n += 1
        x3 = v['dropping_particle']
        if x3 is not None:
            if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):
                _fail()
    else:
        x3 = d3
    if 'suffix' in v:
        n += 1
        x4 = v['suffix']
        if x4 is not None:
            if type(x4) is not _str or not (x4.isascii() or _encodes(x4)):
                _fail()
    else:
        x4 = d4
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__PolicyOption(v):
    if type(v) is not _dict:
        _fail()
    n = 4
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['name']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['summary']
    if type(x2) is not _str or not (x2.isascii() or _encodes(x2)):
        _fail()
    x3 = v['evidence']
    if type(x3) is not _list:
        _fail()
    x3 = _tuple(_map(h3, x3))
    if 'horizon' in v:
        n += 1
        x4 = v['horizon']
        if x4 is not None:
            x4 = h4.get(x4) if type(x4) is _str else None
            if x4 is None:
                _fail()
    else:
        x4 = d4
    if 'components' in v:
        n += 1
        x5 = v['components']
        if type(x5) is not _list:
            _fail()
        x5 = _tuple(_map(h5, x5))
    else:
        x5 = d5
    if 'benefits' in v:
        n += 1
        x6 = v['benefits']
        if type(x6) is not _list:
            _fail()
        x6 = _tuple(_map(h6, x6))
    else:
        x6 = d6
    if 'risks' in v:
        n += 1
        x7 = v['risks']
        if type(x7) is not _list:
            _fail()
        x7 = _tuple(_map(h7, x7))
    else:
        x7 = d7
    if 'conditions' in v:
        n += 1
        x8 = v['conditions']
        if type(x8) is not _list:
            _fail()
        x8 = _tuple(_map(h8, x8))
    else:
        x8 = d8
    if 'assessments' in v:
        n += 1
        x9 = v['assessments']
        if type(x9) is not _list:
            _fail()
        x9 = _tuple(_map(h9, x9))
    else:
        x9 = d9
    if 'rank' in v:
        n += 1
        x10 = v['rank']
        if x10 is not None:
            if type(x10) is not _int:
                _fail()
    else:
        x10 = d10
    if 'notes' in v:
        n += 1
        x11 = v['notes']
        if type(x11) is not _list:
            _fail()
        for e in x11:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x11 = _tuple(x11)
    else:
        x11 = d11
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    s7(obj, x7)
    s8(obj, x8)
    s9(obj, x9)
    s10(obj, x10)
    s11(obj, x11)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Position(v):
    if type(v) is not _dict:
        _fail()
    n = 4
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['source']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['dimension']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    x3 = v['stance']
    if x3 is not None:
        x3 = h3.get(x3) if type(x3) is _str else None
        if x3 is None:
            _fail()
    if 'evidence' in v:
        n += 1
        x4 = v['evidence']
        if type(x4) is not _list:
            _fail()
        x4 = _tuple(_map(h4, x4))
    else:
        x4 = d4
    if 'certainty' in v:
        n += 1
        x5 = v['certainty']
        x5 = h5.get(x5) if type(x5) is _str else None
        if x5 is None:
            _fail()
    else:
        x5 = d5
    if 'notes' in v:
        n += 1
        x6 = v['notes']
        if type(x6) is not _list:
            _fail()
        for e in x6:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x6 = _tuple(x6)
    else:
        x6 = d6
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Recommendation(v):
    if type(v) is not _dict:
        _fail()
    n = 3
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['summary']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['evidence']
    if type(x2) is not _list:
        _fail()
    x2 = _tuple(_map(h2, x2))
    if 'addressees' in v:
        n += 1
        x3 = v['addressees']
        if type(x3) is not _list:
            _fail()
        for e in x3:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x3 = _tuple(x3)
    else:
        x3 = d3
    if 'made_by' in v:
        n += 1
        x4 = v['made_by']
        if x4 is not None:
            if type(x4) is not _str or not (x4.isascii() or _encodes(x4)):
                _fail()
    else:
        x4 = d4
    if 'lead' in v:
        n += 1
        x5 = v['lead']
        if x5 is not None:
            if type(x5) is not _str or not (x5.isascii() or _encodes(x5)):
                _fail()
    else:
        x5 = d5
    if 'participants' in v:
        n += 1
        x6 = v['participants']
        if type(x6) is not _list:
            _fail()
        for e in x6:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x6 = _tuple(x6)
    else:
        x6 = d6
    if 'places' in v:
        n += 1
        x7 = v['places']
        if type(x7) is not _list:
            _fail()
        for e in x7:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x7 = _tuple(x7)
    else:
        x7 = d7
    if 'phase' in v:
        n += 1
        x8 = v['phase']
        if x8 is not None:
            if type(x8) is not _int:
                _fail()
    else:
        x8 = d8
    if 'timeframe' in v:
        n += 1
        x9 = v['timeframe']
        if x9 is not None:
            x9 = h9(x9)
    else:
        x9 = d9
    if 'metrics' in v:
        n += 1
        x10 = v['metrics']
        if type(x10) is not _list:
            _fail()
        x10 = _tuple(_map(h10, x10))
    else:
        x10 = d10
    if 'builds_on' in v:
        n += 1
        x11 = v['builds_on']
        if type(x11) is not _list:
            _fail()
        for e in x11:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x11 = _tuple(x11)
    else:
        x11 = d11
    if 'themes' in v:
        n += 1
        x12 = v['themes']
        if type(x12) is not _list:
            _fail()
        x12 = _tuple(_map(h12, x12))
    else:
        x12 = d12
    if 'notes' in v:
        n += 1
        x13 = v['notes']
        if type(x13) is not _list:
            _fail()
        for e in x13:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x13 = _tuple(x13)
    else:
        x13 = d13
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    s7(obj, x7)
    s8(obj, x8)
    s9(obj, x9)
    s10(obj, x10)
    s11(obj, x11)
    s12(obj, x12)
    s13(obj, x13)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__SeedText(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['file']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['sha256']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    if len(v) != 2:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Source(v):
    if type(v) is not _dict:
        _fail()
    n = 5
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['role']
    x1 = h1.get(x1) if type(x1) is _str else None
    if x1 is None:
        _fail()
    x2 = v['type']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    x3 = v['title']
    if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):
        _fail()
    x4 = v['evidence']
    if type(x4) is not _list:
        _fail()
    x4 = _tuple(_map(h4, x4))
    if 'creators' in v:
        n += 1
        x5 = v['creators']
        if type(x5) is not _list:
            _fail()
        x5 = _tuple(_map(h5, x5))
    else:
        x5 = d5
    if 'recipients' in v:
        n += 1
        x6 = v['recipients']
        if type(x6) is not _list:
            _fail()
        x6 = _tuple(_map(h6, x6))
    else:
        x6 = d6
    if 'publisher' in v:
        n += 1
        x7 = v['publisher']
        if x7 is not None:
            if type(x7) is not _str or not (x7.isascii() or _encodes(x7)):
                _fail()
    else:
        x7 = d7
    if 'publisher_place' in v:
        n += 1
        x8 = v['publisher_place']
        if x8 is not None:
            if type(x8) is not _str or not (x8.isascii() or _encodes(x8)):
                _fail()
    else:
        x8 = d8
    if 'issued' in v:
        n += 1
        x9 = v['issued']
        if x9 is not None:
            x9 = h9(x9)
    else:
        x9 = d9
    if 'url' in v:
        n += 1
        x10 = v['url']
        if x10 is not None:
            if type(x10) is not _str or not (x10.isascii() or _encodes(x10)):
                _fail()
    else:
        x10 = d10
    if 'accessed' in v:
        n += 1
        x11 = v['accessed']
        if x11 is not None:
            x11 = h11(x11)
    else:
        x11 = d11
    if 'number' in v:
        n += 1
        x12 = v['number']
        if x12 is not None:
            if type(x12) is not _str or not (x12.isascii() or _encodes(x12)):
                _fail()
    else:
        x12 = d12
    if 'container_title' in v:
        n += 1
        x13 = v['container_title']
        if x13 is not None:
            if type(x13) is not _str or not (x13.isascii() or _encodes(x13)):
                _fail()
    else:
        x13 = d13
    if 'collection_title' in v:
        n += 1
        x14 = v['collection_title']
        if x14 is not None:
            if type(x14) is not _str or not (x14.isascii() or _encodes(x14)):
                _fail()
    else:
        x14 = d14
    if 'volume' in v:
        n += 1
        x15 = v['volume']
        if x15 is not None:
            if type(x15) is not _str or not (x15.isascii() or _encodes(x15)):
                _fail()
    else:
        x15 = d15
    if 'issue' in v:
        n += 1
        x16 = v['issue']
        if x16 is not None:
            if type(x16) is not _str or not (x16.isascii() or _encodes(x16)):
                _fail()
    else:
        x16 = d16
    if 'pages' in v:
        n += 1
        x17 = v['pages']
        if x17 is not None:
            if type(x17) is not _str or not (x17.isascii() or _encodes(x17)):
                _fail()
    else:
        x17 = d17
    if 'sentence_case_title' in v:
        n += 1
        x18 = v['sentence_case_title']
        if x18 is not None:
            if type(x18) is not _str or not (x18.isascii() or _encodes(x18)):
                _fail()
    else:
        x18 = d18
    if 'silent_on' in v:
        n += 1
        x19 = v['silent_on']
        if type(x19) is not _list:
            _fail()
        x19 = _tuple(_map(h19, x19))
    else:
        x19 = d19
    if 'seed' in v:
        n += 1
        x20 = v['seed']
        if x20 is not None:
            x20 = h20(x20)
    else:
        x20 = d20
    if 'notes' in v:
        n += 1
        x21 = v['notes']
        if type(x21) is not _list:
            _fail()
        for e in x21:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x21 = _tuple(x21)
    else:
        x21 = d21
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    s7(obj, x7)
    s8(obj, x8)
    s9(obj, x9)
    s10(obj, x10)
    s11(obj, x11)
    s12(obj, x12)
    s13(obj, x13)
    s14(obj, x14)
    s15(obj, x15)
    s16(obj, x16)
    s17(obj, x17)
    s18(obj, x18)
    s19(obj, x19)
    s20(obj, x20)
    s21(obj, x21)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__StatusClaim(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['status']
    x0 = h0.get(x0) if type(x0) is _str else None
    if x0 is None:
        _fail()
    x1 = v['certainty']
    x1 = h1.get(x1) if type(x1) is _str else None
    if x1 is None:
        _fail()
    x2 = v['evidence']
    if type(x2) is not _list:
        _fail()
    x2 = _tuple(_map(h2, x2))
    if len(v) != 3:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _model__Timeframe(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['text']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['evidence']
    if type(x1) is not _list:
        _fail()
    x1 = _tuple(_map(h1, x1))
    if 'start' in v:
        n += 1
        x2 = v['start']
        if x2 is not None:
            x2 = h2(x2)
    else:
        x2 = d2
    if 'end' in v:
        n += 1
        x3 = v['end']
        if x3 is not None:
            x3 = h3(x3)
    else:
        x3 = d3
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__ActorEntry(v):
    if type(v) is not _dict:
        _fail()
    n = 3
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['name']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['kind']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    if 'country' in v:
        n += 1
        x3 = v['country']
        if x3 is not None:
            if type(x3) is not _str or not (x3.isascii() or _encodes(x3)):
                _fail()
    else:
        x3 = d3
    if 'aliases' in v:
        n += 1
        x4 = v['aliases']
        if type(x4) is not _list:
            _fail()
        for e in x4:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x4 = _tuple(x4)
    else:
        x4 = d4
    if 'notes' in v:
        n += 1
        x5 = v['notes']
        if type(x5) is not _list:
            _fail()
        for e in x5:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x5 = _tuple(x5)
    else:
        x5 = d5
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__ActorMention(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['evidence']
    if type(x1) is not _list:
        _fail()
    x1 = _tuple(_map(h1, x1))
    if 'parent' in v:
        n += 1
        x2 = v['parent']
        if x2 is not None:
            x2 = h2(x2)
    else:
        x2 = d2
    if 'notes' in v:
        n += 1
        x3 = v['notes']
        if type(x3) is not _list:
            _fail()
        for e in x3:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x3 = _tuple(x3)
    else:
        x3 = d3
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__ActorsFile(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['actors']
    if type(x0) is not _list:
        _fail()
    x0 = _tuple(_map(h0, x0))
    if len(v) != 1:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__InitiativeEntry(v):
    if type(v) is not _dict:
        _fail()
    n = 3
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['name']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['kind']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    if 'aliases' in v:
        n += 1
        x3 = v['aliases']
        if type(x3) is not _list:
            _fail()
        for e in x3:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x3 = _tuple(x3)
    else:
        x3 = d3
    if 'notes' in v:
        n += 1
        x4 = v['notes']
        if type(x4) is not _list:
            _fail()
        for e in x4:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x4 = _tuple(x4)
    else:
        x4 = d4
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__InitiativeMention(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['evidence']
    if type(x1) is not _list:
        _fail()
    x1 = _tuple(_map(h1, x1))
    if 'statuses' in v:
        n += 1
        x2 = v['statuses']
        if type(x2) is not _list:
            _fail()
        x2 = _tuple(_map(h2, x2))
    else:
        x2 = d2
    if 'events' in v:
        n += 1
        x3 = v['events']
        if type(x3) is not _list:
            _fail()
        x3 = _tuple(_map(h3, x3))
    else:
        x3 = d3
    if 'participants' in v:
        n += 1
        x4 = v['participants']
        if type(x4) is not _list:
            _fail()
        x4 = _tuple(_map(h4, x4))
    else:
        x4 = d4
    if 'relations' in v:
        n += 1
        x5 = v['relations']
        if type(x5) is not _list:
            _fail()
        x5 = _tuple(_map(h5, x5))
    else:
        x5 = d5
    if 'notes' in v:
        n += 1
        x6 = v['notes']
        if type(x6) is not _list:
            _fail()
        for e in x6:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x6 = _tuple(x6)
    else:
        x6 = d6
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__InitiativesFile(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['initiatives']
    if type(x0) is not _list:
        _fail()
    x0 = _tuple(_map(h0, x0))
    if len(v) != 1:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__PlaceEntry(v):
    if type(v) is not _dict:
        _fail()
    n = 3
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['name']
    if type(x1) is not _str or not (x1.isascii() or _encodes(x1)):
        _fail()
    x2 = v['kind']
    x2 = h2.get(x2) if type(x2) is _str else None
    if x2 is None:
        _fail()
    if 'countries' in v:
        n += 1
        x3 = v['countries']
        if type(x3) is not _list:
            _fail()
        for e in x3:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x3 = _tuple(x3)
    else:
        x3 = d3
    if 'aliases' in v:
        n += 1
        x4 = v['aliases']
        if type(x4) is not _list:
            _fail()
        for e in x4:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x4 = _tuple(x4)
    else:
        x4 = d4
    if 'notes' in v:
        n += 1
        x5 = v['notes']
        if type(x5) is not _list:
            _fail()
        for e in x5:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x5 = _tuple(x5)
    else:
        x5 = d5
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__PlaceMention(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['id']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['evidence']
    if type(x1) is not _list:
        _fail()
    x1 = _tuple(_map(h1, x1))
    if 'notes' in v:
        n += 1
        x2 = v['notes']
        if type(x2) is not _list:
            _fail()
        for e in x2:
            if type(e) is not _str or not (e.isascii() or _encodes(e)):
                _fail()
        x2 = _tuple(x2)
    else:
        x2 = d2
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__PlacesFile(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['places']
    if type(x0) is not _list:
        _fail()
    x0 = _tuple(_map(h0, x0))
    if len(v) != 1:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__SectionRecord(v):
    if type(v) is not _dict:
        _fail()
    x0 = v['title']
    if type(x0) is not _str or not (x0.isascii() or _encodes(x0)):
        _fail()
    x1 = v['start']
    if type(x1) is not _int:
        _fail()
    if len(v) != 2:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj


def _records__SeedFile(v):
    if type(v) is not _dict:
        _fail()
    n = 2
    x0 = v['source']
    x0 = h0(x0)
    x1 = v['sections']
    if type(x1) is not _list:
        _fail()
    x1 = _tuple(_map(h1, x1))
    if 'sources' in v:
        n += 1
        x2 = v['sources']
        if type(x2) is not _list:
            _fail()
        x2 = _tuple(_map(h2, x2))
    else:
        x2 = d2
    if 'citations' in v:
        n += 1
        x3 = v['citations']
        if type(x3) is not _list:
            _fail()
        x3 = _tuple(_map(h3, x3))
    else:
        x3 = d3
    if 'actors' in v:
        n += 1
        x4 = v['actors']
        if type(x4) is not _list:
            _fail()
        x4 = _tuple(_map(h4, x4))
    else:
        x4 = d4
    if 'initiatives' in v:
        n += 1
        x5 = v['initiatives']
        if type(x5) is not _list:
            _fail()
        x5 = _tuple(_map(h5, x5))
    else:
        x5 = d5
    if 'places' in v:
        n += 1
        x6 = v['places']
        if type(x6) is not _list:
            _fail()
        x6 = _tuple(_map(h6, x6))
    else:
        x6 = d6
    if 'options' in v:
        n += 1
        x7 = v['options']
        if type(x7) is not _list:
            _fail()
        x7 = _tuple(_map(h7, x7))
    else:
        x7 = d7
    if 'recommendations' in v:
        n += 1
        x8 = v['recommendations']
        if type(x8) is not _list:
            _fail()
        x8 = _tuple(_map(h8, x8))
    else:
        x8 = d8
    if 'figures' in v:
        n += 1
        x9 = v['figures']
        if type(x9) is not _list:
            _fail()
        x9 = _tuple(_map(h9, x9))
    else:
        x9 = d9
    if 'framings' in v:
        n += 1
        x10 = v['framings']
        if type(x10) is not _list:
            _fail()
        x10 = _tuple(_map(h10, x10))
    else:
        x10 = d10
    if 'positions' in v:
        n += 1
        x11 = v['positions']
        if type(x11) is not _list:
            _fail()
        x11 = _tuple(_map(h11, x11))
    else:
        x11 = d11
    if 'characterizations' in v:
        n += 1
        x12 = v['characterizations']
        if type(x12) is not _list:
            _fail()
        x12 = _tuple(_map(h12, x12))
    else:
        x12 = d12
    if len(v) != n:
        _fail()
    obj = _new(_cls)
    s0(obj, x0)
    s1(obj, x1)
    s2(obj, x2)
    s3(obj, x3)
    s4(obj, x4)
    s5(obj, x5)
    s6(obj, x6)
    s7(obj, x7)
    s8(obj, x8)
    s9(obj, x9)
    s10(obj, x10)
    s11(obj, x11)
    s12(obj, x12)
    ctx = _context.get()
    if ctx is not None:
        made = ctx.made.get(_cls)
        if made is None:
            ctx.made[_cls] = [obj]
        else:
            made.append(obj)
    return obj
