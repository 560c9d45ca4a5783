#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills translations/pingjia_zh_CN.ts from zh_CN.py after lupdate:
#   ninja -C <build> update_translations && translations/tools/fill-ts.py
# Prints the source strings still without a translation and exits 1 when there are any.
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from zh_CN import ZH_CN  # noqa: E402

ts_path = os.path.join(here, '..', 'pingjia_zh_CN.ts')
tree = ET.parse(ts_path)
missing = []
for context in tree.getroot().iter('context'):
    for message in context.iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        if source in ZH_CN:
            translation.text = ZH_CN[source]
            translation.attrib.pop('type', None)
        elif translation.get('type') == 'unfinished' or not translation.text:
            missing.append((context.find('name').text, source))

with open(ts_path, 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding='utf-8', xml_declaration=False)
    out.write(b'\n')
for context, source in missing:
    print(f'untranslated [{context}]: {source!r}')
sys.exit(1 if missing else 0)
