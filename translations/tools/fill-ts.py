#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills translations/pingjia_zh_CN.ts from zh_CN.py and zh_CN.d/*.py after lupdate:
#   ninja -C <build> update_translations && translations/tools/fill-ts.py
# Prints the source strings still without a translation and exits 1 when there are any.
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from zh_CN import ZH_CN  # noqa: E402
import importlib.util  # noqa: E402

# One dictionary file per feature in zh_CN.d/ (each defines ZH_CN), so parallel work
# never edits the same lines; they are merged over the base dictionary in name order.
extra_dir = os.path.join(here, 'zh_CN.d')
for name in sorted(os.listdir(extra_dir)) if os.path.isdir(extra_dir) else []:
    if not name.endswith('.py'):
        continue
    spec = importlib.util.spec_from_file_location('zh_' + name[:-3], os.path.join(extra_dir, name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ZH_CN.update(module.ZH_CN)

ts_path = os.path.join(here, '..', 'pingjia_zh_CN.ts')
tree = ET.parse(ts_path)
missing = []
for context in tree.getroot().iter('context'):
    context_name = context.find('name').text
    for message in context.iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        # A key ('context', 'source') wins over the bare source in that context only: the
        # same English word can need different Chinese on different pages ("Open").
        key = (context_name, source) if (context_name, source) in ZH_CN else source
        if key in ZH_CN:
            if message.get('numerus') == 'yes':
                # Chinese has one plural form.
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, 'numerusform')
                form.text = ZH_CN[key]
                translation.text = None
            else:
                translation.text = ZH_CN[key]
            translation.attrib.pop('type', None)
        elif translation.get('type') == 'unfinished' or not translation.text:
            missing.append((context.find('name').text, source))

with open(ts_path, 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding='utf-8', xml_declaration=False)
    out.write(b'\n')

# English is the source language: only plural forms need entries ("%n day(s)").
en_path = os.path.join(here, '..', 'pingjia_en.ts')
en_tree = ET.parse(en_path)
for message in en_tree.getroot().iter('message'):
    if message.get('numerus') != 'yes':
        continue
    source = message.find('source').text or ''
    translation = message.find('translation')
    for child in list(translation):
        translation.remove(child)
    for text in (source.replace('(s)', ''), source.replace('(s)', 's')):
        ET.SubElement(translation, 'numerusform').text = text
    translation.text = None
    translation.attrib.pop('type', None)
with open(en_path, 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    en_tree.write(out, encoding='utf-8', xml_declaration=False)
    out.write(b'\n')

for context, source in missing:
    print(f'untranslated [{context}]: {source!r}')
sys.exit(1 if missing else 0)
