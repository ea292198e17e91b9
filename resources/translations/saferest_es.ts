<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="29"/>
        <location filename="../../src/saferest/ui/about.py" line="30"/>
        <location filename="../../src/saferest/ui/about.py" line="33"/>
        <source>About SafeRest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="43"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="45"/>
        <source>Substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="46"/>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="47"/>
        <source>Interaction rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="48"/>
        <source>Sleep practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="49"/>
        <source>Emergency topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="50"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/about.py" line="60"/>
        <source>Problems found in the data pack: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="63"/>
        <source>An offline harm-reduction reference for kratom, sleep aids and their interactions. It is not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="67"/>
        <source>Built with PySide6 %1 on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="72"/>
        <source>SafeRest is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="73"/>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="74"/>
        <source>Admin exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="79"/>
        <source>Staff only: enter the admin PIN to close the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="83"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="94"/>
        <source>Admin exit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="99"/>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="100"/>
        <source>Exit kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="103"/>
        <source>Cancel admin exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="116"/>
        <source>No admin PIN is set, so the kiosk cannot be closed from here. Staff: make a hash with “saferest admin hash-pin” and put it in kiosk.toml as admin_pin_hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="135"/>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="161"/>
        <source>Wrong PIN. Too many tries: wait 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="163"/>
        <source>Wrong PIN. The kiosk stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Browse</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="295"/>
        <source>CBT-I: therapy for insomnia (works best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="296"/>
        <source>Sleep habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="297"/>
        <source>Sleep aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="298"/>
        <source>Substances and sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="299"/>
        <source>When to see a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="338"/>
        <source>Substances (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="346"/>
        <source>Combination products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="348"/>
        <source>Foods and drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="351"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="355"/>
        <source>Medications by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="364"/>
        <source>Sleep practices by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="370"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckerView</name>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="50"/>
        <source>Clear the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="51"/>
        <source>Remove every item from “My medications”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="202"/>
        <source>&amp;Add a medicine, drug or supplement (name and dose as on the label):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="208"/>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="210"/>
        <source>Type a name and press Enter. Pasting several lines adds each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="212"/>
        <source>e.g. Xanax 1mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="222"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="223"/>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="231"/>
        <source>List notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="235"/>
        <source>&amp;My medications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="238"/>
        <source>My medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="256"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="257"/>
        <source>Remove selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="259"/>
        <source>C&amp;lear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="260"/>
        <source>Clear all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="270"/>
        <source>Interaction &amp;results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="275"/>
        <source>Check summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="279"/>
        <source>Interaction results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="282"/>
        <source>Findings grouped by severity; expand a finding for why, what to do, reliability and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="329"/>
        <source>Already on your list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="335"/>
        <source>The list is full, so these were not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="423"/>
        <source>Add the medicines, drugs and supplements you take; each pair is checked against our interaction rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="427"/>
        <source>Add at least two recognised items to check for interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/checker_view.py" line="434"/>
        <source>Checked %1 (pairs checked: %n). Found: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/checker_view.py" line="440"/>
        <source>Checked %1 (pairs checked: %n): no known interaction found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="448"/>
        <source>Not checked, because we did not recognise them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="120"/>
        <source>Reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="131"/>
        <source>Also called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="134"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="141"/>
        <source>Jump to claims and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="149"/>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="153"/>
        <source>Claims and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="155"/>
        <source>Claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="168"/>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="171"/>
        <source>Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="175"/>
        <source>Full card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="180"/>
        <source>Recommendation strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="183"/>
        <location filename="../../src/saferest/ui/detail_view.py" line="196"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="185"/>
        <source>Why it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="193"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="205"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="206"/>
        <source>reliability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="207"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="217"/>
        <source>Generated from the interaction rules. Use the checker to check your own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="244"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="250"/>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="251"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="274"/>
        <source>SafeRest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="276"/>
        <source>An offline reference for kratom, sleep aids and how they interact with medicines. Search above, browse on the left, or check your own list under “Check my medications”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="287"/>
        <source>Kratom: claims and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="289"/>
        <source>This is not medical advice. In an emergency press F1 or call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="310"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="311"/>
        <source>The selected entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="37"/>
        <source>Call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="53"/>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="58"/>
        <source>Local help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="60"/>
        <source>Local help from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="63"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="64"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="65"/>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="84"/>
        <source>If someone may be overdosing or cannot be woken, call for help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="88"/>
        <source>Emergency help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="98"/>
        <source>The emergency guidance could not be loaded from the data. Call your local emergency number and follow what they tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="106"/>
        <source>Signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="106"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="132"/>
        <location filename="../../src/saferest/ui/emergency.py" line="133"/>
        <source>Emergency help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="137"/>
        <source>Emergency guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="143"/>
        <source>Close emergency help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="46"/>
        <source>EMERGENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="47"/>
        <source>SUBSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="48"/>
        <source>MEDICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="49"/>
        <source>SLEEP PRACTICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="56"/>
        <source>Emergency (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="57"/>
        <source>Substances (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="58"/>
        <source>Medications (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="59"/>
        <source>Sleep practices (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="32"/>
        <source>the logo must be a local file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="38"/>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="46"/>
        <source>logo %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="41"/>
        <source>logo %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="61"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="68"/>
        <source>Clinic name and logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="72"/>
        <source>Clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="78"/>
        <source>SafeRest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="79"/>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="87"/>
        <source>Private: nothing you enter is kept. It is cleared when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="90"/>
        <source>Privacy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="98"/>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="99"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="101"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="102"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="104"/>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="105"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="107"/>
        <source>Clear everything on this screen for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="116"/>
        <source>Staff notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="128"/>
        <source>Kiosk settings not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="136"/>
        <source>Logo not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="44"/>
        <source>Open link in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="45"/>
        <source>This link opens in your web browser and needs the internet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="57"/>
        <source>Web links cannot be opened on this computer.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="60"/>
        <source>Links are turned off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="72"/>
        <source>SafeRest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="102"/>
        <source>Data warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/main_window.py" line="104"/>
        <source>Problems found in the reference data: %n. Some entries may be missing or incomplete; the app keeps working with what could be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="113"/>
        <source>Your display settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="141"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="156"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="158"/>
        <source>Check my medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="177"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="179"/>
        <source>Search substances, medications, sleep practices and emergency topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="182"/>
        <source>Search kratom, medicines, sleep… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="184"/>
        <source>Search kratom, medicines, sleep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="192"/>
        <location filename="../../src/saferest/ui/main_window.py" line="195"/>
        <source>Emergency help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="192"/>
        <source>Emergency help (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="204"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="205"/>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="208"/>
        <source>Print or save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="209"/>
        <source>Print or save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="231"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="234"/>
        <source>&amp;Print or save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="240"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="243"/>
        <source>&amp;Emergency help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="249"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="253"/>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="256"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="259"/>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="262"/>
        <source>&amp;Check my medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="264"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="266"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="268"/>
        <source>&amp;About SafeRest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="275"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="280"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="291"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="312"/>
        <source>%1 could not be read (%2), so a new one was started. The damaged file was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="317"/>
        <source>%1 could not be read (%2), so a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="320"/>
        <source>Saved file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="327"/>
        <source>Your saved medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="332"/>
        <source>Saving problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="333"/>
        <source>Your list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="340"/>
        <source>Data problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/main_window.py" line="341"/>
        <source>Problems found in the reference data: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicationList</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="142"/>
        <source>read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="146"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="148"/>
        <source>“%1” matches more than one entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="153"/>
        <source>“%1” not recognised, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="157"/>
        <source>; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="30"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="40"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="41"/>
        <source>Details about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="45"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="46"/>
        <source>Dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="58"/>
        <location filename="../../src/saferest/ui/search_view.py" line="59"/>
        <source>Kratom: claims and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="64"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="79"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="82"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/search_view.py" line="113"/>
        <source>Results for “%1”: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="116"/>
        <source>No results for “%1”. Check the spelling or try another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="37"/>
        <source>This report is general information from the SafeRest reference data, not medical advice. It only covers combinations our data has rules for: no known interaction is not a promise of safety. Items we did not recognise were not checked. Talk to a pharmacist, doctor or harm-reduction worker before changing what you take. In an emergency call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="48"/>
        <source>matches more than one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="49"/>
        <source>NOT RECOGNISED, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="72"/>
        <source>%1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="76"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="110"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="112"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="113"/>
        <source>Data version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="114"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="115"/>
        <source>SafeRest version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="117"/>
        <source>SafeRest medication check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="123"/>
        <source>Printed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="126"/>
        <source>Warning: the reference data has problems; results may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="131"/>
        <source>Your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="133"/>
        <source>The list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="135"/>
        <source>As typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="135"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="143"/>
        <source>Interactions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="147"/>
        <source>Fewer than two recognised items: nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="152"/>
        <source>No known interaction was found between the recognised items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="164"/>
        <source>No known interaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="168"/>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="213"/>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="239"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="240"/>
        <source>No printer is available. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="32"/>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="34"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="54"/>
        <location filename="../../src/saferest/ui/report_dialog.py" line="55"/>
        <source>Print or save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="63"/>
        <source>This is the report. Save it as a PDF or print it to take to a pharmacist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="67"/>
        <source>This is the report. Print it to take to a pharmacist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="72"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="78"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="79"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="82"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="83"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="86"/>
        <source>Close report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="113"/>
        <location filename="../../src/saferest/ui/report_dialog.py" line="118"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="119"/>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="50"/>
        <source>%1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/results_model.py" line="78"/>
        <source>No known interaction (pairs: %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/results_model.py" line="100"/>
        <source>Not checked (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="109"/>
        <source>matches more than one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="111"/>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="129"/>
        <source>%1 interaction: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="147"/>
        <source>From your list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="160"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="168"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="175"/>
        <source>Reliability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="190"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="208"/>
        <source>No known interaction means our data has no rule for this pair. It is not a promise that the combination is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="264"/>
        <source>found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="266"/>
        <source>matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="36"/>
        <source>DANGEROUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="37"/>
        <source>UNSAFE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="38"/>
        <source>CAUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="39"/>
        <source>LOW RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="46"/>
        <source>can be life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="47"/>
        <source>avoid this combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="48"/>
        <source>take care, use less, do not use alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="49"/>
        <source>a small or unlikely risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="56"/>
        <source>proven (shown in people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="57"/>
        <source>inferred (from how the drugs work or case reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="60"/>
        <source>hypothetical (theory only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="67"/>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="68"/>
        <source>Lab or animal studies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="69"/>
        <source>Observational studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="70"/>
        <source>Clinical trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="71"/>
        <source>Clinical guideline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="97"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="98"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="104"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="105"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="110"/>
        <source>Touch the button to keep going. Otherwise this screen is cleared for the next person, and nothing you entered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="115"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="121"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="124"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="125"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="183"/>
        <source>%n s</source>
        <comment>seconds left</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="185"/>
        <source>Seconds left before the screen is cleared: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="119"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="148"/>
        <source>“%1” matches more than one entry. Which one do you mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="150"/>
        <source>“%1” was not recognised and is not checked. Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="153"/>
        <source>“%1” was not recognised and is not checked. Check the spelling; it may not be in our data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="165"/>
        <source>Use suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
