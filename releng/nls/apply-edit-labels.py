#!/usr/bin/env python3
"""Writes the English labels and the Japanese translation (plugin_ja.properties) of org.jinzai.model.edit.

The EMF generator (re)writes plugin.properties with its own keys; this script then sets the labels of types,
features and enum literals from edit-labels.tsv in both languages, translates the generator's fixed
messages, and fails if a key has no Japanese label. Run it after the generator:
    releng/nls/apply-edit-labels.py && releng/scripts/nls-escape
"""
import pathlib
import re
import sys

here = pathlib.Path(__file__).resolve().parent
bundle = here.parents[1] / 'bundles' / 'org.jinzai.model.edit'
labels = {'type': {}, 'feature': {}, 'literal': {}}
for line in (here / 'edit-labels.tsv').read_text(encoding='utf-8').splitlines():
    if line.startswith('#') or not line.strip():
        continue
    kind, key, en, ja = line.split('\t')
    labels[kind][key] = (en, ja)

fixed_ja = {
    'pluginName': '人材ワークベンチ モデル編集サポート',
    'providerName': 'Jinzai Workbench プロジェクト',
    '_UI_CreateChild_text': '{0}',
    '_UI_CreateChild_text2': '{1} {0}',
    '_UI_CreateChild_text3': '{1}',
    '_UI_CreateChild_tooltip': '{1} に新しい {0} を作成',
    '_UI_CreateChild_description': '選択した {2} の {1} に {0} を新しく作成します。',
    '_UI_CreateSibling_description': '選択した {2} と同じ親の {1} に {0} を新しく作成します。',
    '_UI_PropertyDescriptor_description': '{1} の {0}',
    '_UI_Unknown_datatype': '値',
    '_UI_Unknown_feature': '不明',
}

source = bundle / 'plugin.properties'
english_lines, ja_lines, missing = [], [], []
for line in source.read_text(encoding='latin-1').splitlines():
    m = re.match(r'^(\S+?)\s*=\s*(.*)$', line)
    if not m:
        english_lines.append(line)
        ja_lines.append(line)
        continue
    key, value = m.groups()
    en, ja = value, fixed_ja.get(key)
    if (t := re.match(r'^_UI_(\w+?)_type$', key)):
        en, ja = labels['type'].get(t.group(1), (value, None))
    elif (f := re.match(r'^_UI_(\w+?)_(\w+)_feature$', key)):
        en, ja = labels['feature'].get(f.group(2), (value, None))
    elif (l := re.match(r'^_UI_(\w+?)_([A-Z_]+)_literal$', key)):
        en, ja = labels['literal'].get(l.group(2), (value, None))
    if ja is None:
        missing.append(key)
        ja = value
    english_lines.append(f'{key} = {en}')
    ja_lines.append(f'{key} = {ja}')

source.write_text('\n'.join(english_lines) + '\n', encoding='latin-1')
(bundle / 'plugin_ja.properties').write_text('\n'.join(ja_lines) + '\n', encoding='utf-8')
if missing:
    sys.exit('no Japanese label for: ' + ', '.join(missing))
