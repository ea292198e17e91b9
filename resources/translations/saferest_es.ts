<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="117"/>
        <location filename="../../src/saferest/ui/about.py" line="118"/>
        <location filename="../../src/saferest/ui/about.py" line="123"/>
        <source>About SafeRest</source>
        <translation>Acerca de SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="127"/>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="128"/>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="130"/>
        <source>Versions and paths for a support request; nothing you typed or saved</source>
        <translation>Versiones y rutas para una consulta de soporte; nada de lo que escribió o guardó</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="134"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="144"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="155"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="157"/>
        <source>Substances</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="158"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="159"/>
        <source>Interaction rules</source>
        <translation>Reglas de interacción</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="160"/>
        <source>Sleep practices</source>
        <translation>Prácticas para dormir</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="161"/>
        <source>Emergency topics</source>
        <translation>Temas de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="162"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/about.py" line="173"/>
        <source>Problems found in the data pack: %n.</source>
        <translation>
            <numerusform>Se encontró %n problema en el paquete de datos.</numerusform>
            <numerusform>Se encontraron %n problemas en el paquete de datos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="176"/>
        <source>An offline harm-reduction reference for kratom, sleep aids and their interactions. It is not medical advice.</source>
        <translation>Una guía de reducción de daños sin conexión sobre el kratom, las ayudas para dormir y sus interacciones. No es consejo médico.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="180"/>
        <source>Version %1, built with PySide6 %2 on Qt %3.</source>
        <translation>Versión %1, hecha con PySide6 %2 sobre Qt %3.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="186"/>
        <source>SafeRest is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries.</source>
        <translation>SafeRest es software libre: puedes redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o posterior. Qt se usa bajo la Licencia Pública General Reducida de GNU, versión 3; puedes sustituir las bibliotecas de Qt.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="193"/>
        <source>Logs and crash reports:</source>
        <translation>Registros e informes de fallos:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="195"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="196"/>
        <source>Data version:</source>
        <translation>Versión de los datos:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="197"/>
        <source>Reviewed:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="198"/>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="135"/>
        <location filename="../../src/saferest/ui/about.py" line="199"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="73"/>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="74"/>
        <source>Admin exit</source>
        <translation>Salida del personal</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="79"/>
        <source>Staff only: enter the admin PIN to close the kiosk.</source>
        <translation>Solo para el personal: introduce el PIN de administración para cerrar el quiosco.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="83"/>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="94"/>
        <source>Admin exit message</source>
        <translation>Mensaje de la salida del personal</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="99"/>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="100"/>
        <source>Exit kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="103"/>
        <source>Cancel admin exit</source>
        <translation>Cancelar la salida del personal</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="116"/>
        <source>No admin PIN is set, so the kiosk cannot be closed from here. Staff: make a hash with “saferest admin hash-pin” and put it in kiosk.toml as admin_pin_hash.</source>
        <translation>No hay un PIN de administración, así que el quiosco no se puede cerrar desde aquí. Personal: hay que crear un hash con “saferest admin hash-pin” y ponerlo en kiosk.toml como admin_pin_hash.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="135"/>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="161"/>
        <source>Wrong PIN. Too many tries: wait 30 seconds.</source>
        <translation>PIN incorrecto. Demasiados intentos: espera 30 segundos.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/admin_exit.py" line="163"/>
        <source>Wrong PIN. The kiosk stays open.</source>
        <translation>PIN incorrecto. El quiosco sigue abierto.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/saferest/app.py" line="227"/>
        <source>SafeRest could not load its data:
%1</source>
        <translation>SafeRest no pudo cargar sus datos:
%1</translation>
    </message>
</context>
<context>
    <name>Browse</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="326"/>
        <source>CBT-I: therapy for insomnia (works best)</source>
        <translation>TCC-I: terapia para el insomnio (lo que mejor funciona)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="327"/>
        <source>Sleep habits</source>
        <translation>Hábitos de sueño</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="328"/>
        <source>Sleep aids</source>
        <translation>Ayudas para dormir</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="329"/>
        <source>Substances and sleep</source>
        <translation>Sustancias y sueño</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="330"/>
        <source>When to see a doctor</source>
        <translation>Cuándo ir al médico</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="389"/>
        <source>Substances (%n)</source>
        <translation>
            <numerusform>Sustancias (%n)</numerusform>
            <numerusform>Sustancias (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="393"/>
        <source>Combination products</source>
        <translation>Productos combinados</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="394"/>
        <source>Foods and drinks</source>
        <translation>Alimentos y bebidas</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="395"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="405"/>
        <source>Medications by class</source>
        <translation>Medicamentos por tipo</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="413"/>
        <source>Sleep practices by topic</source>
        <translation>Prácticas para dormir por tema</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="418"/>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
</context>
<context>
    <name>CheckerView</name>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="51"/>
        <source>Clear the list?</source>
        <translation>¿Borrar la lista?</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="52"/>
        <source>Remove every item from “My medications”?</source>
        <translation>¿Quitar todo lo que hay en “Mis medicamentos”?</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="203"/>
        <source>&amp;Add a medicine, drug or supplement (name and dose as on the label):</source>
        <translation>&amp;Añade un medicamento, droga o suplemento (nombre y dosis como en la etiqueta):</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="209"/>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="211"/>
        <source>Type a name and press Enter. Pasting several lines adds each line.</source>
        <translation>Escribe un nombre y pulsa Enter. Si pegas varias líneas, se añade cada una.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="213"/>
        <source>e.g. Xanax 1mg</source>
        <translation>p. ej.: Tafil 1mg</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="223"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="224"/>
        <source>Add to list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="232"/>
        <source>List notice</source>
        <translation>Aviso de la lista</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="236"/>
        <source>&amp;My medications:</source>
        <translation>&amp;Mis medicamentos:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="239"/>
        <source>My medications</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="257"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="258"/>
        <source>Remove selected item</source>
        <translation>Quitar el elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="260"/>
        <source>C&amp;lear all</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="261"/>
        <source>Clear all items</source>
        <translation>Borrar todos los elementos</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="271"/>
        <source>Interaction &amp;results:</source>
        <translation>&amp;Resultados de interacciones:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="276"/>
        <source>Check summary</source>
        <translation>Resumen de la comprobación</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="280"/>
        <source>Interaction results</source>
        <translation>Resultados de interacciones</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="283"/>
        <source>Findings grouped by severity; expand a finding for why, what to do, reliability and sources.</source>
        <translation>Resultados agrupados por gravedad; abre cada uno para ver por qué, qué hacer, la fiabilidad y las fuentes.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="340"/>
        <source>Already on your list: %1</source>
        <translation>Ya está en tu lista: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="346"/>
        <source>The list is full, so these were not added: %1</source>
        <translation>La lista está llena, así que no se añadió esto: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="434"/>
        <source>Add the medicines, drugs and supplements you take; each pair is checked against our interaction rules.</source>
        <translation>Añade los medicamentos, drogas y suplementos que tomas; comprobamos cada pareja con nuestras reglas de interacción.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="438"/>
        <source>Add at least two recognised items to check for interactions.</source>
        <translation>Añade al menos dos elementos reconocidos para comprobar las interacciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/checker_view.py" line="445"/>
        <source>Checked %1 (pairs checked: %n). Found: %2.</source>
        <translation>
            <numerusform>Comprobado: %1 (%n pareja comprobada). Encontrado: %2.</numerusform>
            <numerusform>Comprobado: %1 (%n parejas comprobadas). Encontrado: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/checker_view.py" line="451"/>
        <source>Checked %1 (pairs checked: %n): no known interaction found.</source>
        <translation>
            <numerusform>Comprobado: %1 (%n pareja comprobada): no se encontró ninguna interacción conocida.</numerusform>
            <numerusform>Comprobado: %1 (%n parejas comprobadas): no se encontró ninguna interacción conocida.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="459"/>
        <source>Not checked, because we did not recognise them: %1.</source>
        <translation>Sin comprobar, porque no lo reconocimos: %1.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../../src/saferest/ui/i18n.py" line="128"/>
        <source>(in English)</source>
        <comment>marks data text shown in English</comment>
        <translation>(en inglés)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/i18n.py" line="132"/>
        <source>Parts of this page have no translation yet and are shown in English; they are marked “(in English)”.</source>
        <translation>Partes de esta página aún no están traducidas y se muestran en inglés; van marcadas con “(en inglés)”.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/saferest/ui/crash.py" line="41"/>
        <location filename="../../src/saferest/ui/crash.py" line="42"/>
        <source>SafeRest hit a problem</source>
        <translation>SafeRest tuvo un problema</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/crash.py" line="46"/>
        <source>Something went wrong inside SafeRest. Your saved list is kept. If the window looks wrong, close SafeRest and start it again.

In an emergency, call your local emergency number.</source>
        <translation>Algo falló dentro de SafeRest. Su lista guardada se conserva. Si la ventana se ve mal, cierre SafeRest y vuelva a abrirlo.

En una emergencia, llame al número de emergencias local.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/crash.py" line="51"/>
        <source>A report for support was saved in:
%1</source>
        <translation>Se guardó un informe para soporte en:
%1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/crash.py" line="60"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/crash.py" line="63"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/crash.py" line="64"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/crash.py" line="73"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="139"/>
        <source>Reviewed:</source>
        <translation>Revisado:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="152"/>
        <source>Also called:</source>
        <translation>También se llama:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="155"/>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="163"/>
        <source>Jump to claims and evidence</source>
        <translation>Ir a lo que se dice y la evidencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="172"/>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="176"/>
        <source>Claims and evidence</source>
        <translation>Lo que se dice y la evidencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="178"/>
        <source>Claim:</source>
        <translation>Se dice:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="193"/>
        <source>Class:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="196"/>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="201"/>
        <source>Full card:</source>
        <translation>Ficha completa:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="206"/>
        <source>Recommendation strength:</source>
        <translation>Fuerza de la recomendación:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="209"/>
        <location filename="../../src/saferest/ui/detail_view.py" line="230"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="210"/>
        <source>Why it helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="225"/>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="247"/>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="248"/>
        <source>reliability:</source>
        <translation>fiabilidad:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="249"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="259"/>
        <source>Generated from the interaction rules. Use the checker to check your own list.</source>
        <translation>Generado a partir de las reglas de interacción. Usa el comprobador para revisar tu propia lista.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="286"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="292"/>
        <source>Accessed</source>
        <translation>Consultado el</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="293"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="316"/>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="318"/>
        <source>An offline reference for kratom, sleep aids and how they interact with medicines. Search above, browse on the left, or check your own list under “Check my medications”.</source>
        <translation>Una guía sin conexión sobre el kratom, las ayudas para dormir y cómo interactúan con los medicamentos. Busca arriba, explora a la izquierda o revisa tu propia lista en “Comprobar mis medicamentos”.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="329"/>
        <source>Kratom: claims and evidence</source>
        <translation>Kratom: lo que se dice y la evidencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="331"/>
        <source>This is not medical advice. In an emergency press F1 or call your local emergency number.</source>
        <translation>Esto no es consejo médico. En una emergencia pulsa F1 o llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="352"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/detail_view.py" line="353"/>
        <source>The selected entry</source>
        <translation>La entrada seleccionada</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="38"/>
        <source>Call your local emergency number now.</source>
        <translation>Llama ahora a tu número local de emergencias.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="54"/>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="59"/>
        <source>Local help</source>
        <translation>Ayuda cerca de ti</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="61"/>
        <source>Local help from %1</source>
        <translation>Ayuda cerca de ti de %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="64"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="65"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="66"/>
        <source>Hours:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="85"/>
        <source>If someone may be overdosing or cannot be woken, call for help now.</source>
        <translation>Si alguien puede estar sufriendo una sobredosis o no se despierta, pide ayuda ahora.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="89"/>
        <source>Emergency help</source>
        <translation>Ayuda de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="99"/>
        <source>The emergency guidance could not be loaded from the data. Call your local emergency number and follow what they tell you.</source>
        <translation>No se pudo cargar la guía de emergencia desde los datos. Llama a tu número local de emergencias y sigue lo que te digan.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="107"/>
        <source>Signs:</source>
        <translation>Señales:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="107"/>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="137"/>
        <location filename="../../src/saferest/ui/emergency.py" line="138"/>
        <source>Emergency help</source>
        <translation>Ayuda de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="142"/>
        <source>Emergency guidance</source>
        <translation>Guía de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/emergency.py" line="148"/>
        <source>Close emergency help</source>
        <translation>Cerrar la ayuda de emergencia</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="51"/>
        <source>EMERGENCY</source>
        <translation>EMERGENCIA</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="52"/>
        <source>SUBSTANCE</source>
        <translation>SUSTANCIA</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="53"/>
        <source>MEDICATION</source>
        <translation>MEDICAMENTO</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="54"/>
        <source>SLEEP PRACTICE</source>
        <translation>PRÁCTICA PARA DORMIR</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="61"/>
        <source>Emergency (%n)</source>
        <translation>
            <numerusform>Emergencias (%n)</numerusform>
            <numerusform>Emergencias (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="62"/>
        <source>Substances (%n)</source>
        <translation>
            <numerusform>Sustancias (%n)</numerusform>
            <numerusform>Sustancias (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="63"/>
        <source>Medications (%n)</source>
        <translation>
            <numerusform>Medicamentos (%n)</numerusform>
            <numerusform>Medicamentos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/models.py" line="64"/>
        <source>Sleep practices (%n)</source>
        <translation>
            <numerusform>Prácticas para dormir (%n)</numerusform>
            <numerusform>Prácticas para dormir (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="23"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="24"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="42"/>
        <source>the logo must be a local file: %1</source>
        <translation>el logotipo debe ser un archivo local: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="48"/>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="56"/>
        <source>logo %1 cannot be read: %2</source>
        <translation>no se puede leer el logotipo %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="51"/>
        <source>logo %1 is too large</source>
        <translation>el logotipo %1 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="145"/>
        <source>Clinic</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="146"/>
        <source>Clinic name and logo</source>
        <translation>Nombre y logotipo del centro</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="147"/>
        <source>Clinic logo</source>
        <translation>Logotipo del centro</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="148"/>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="149"/>
        <source>Clinic name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="151"/>
        <source>Private: nothing you enter is kept. It is cleared when you leave.</source>
        <translation>Privado: no se guarda nada de lo que escribas. Se borra cuando te vas.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="153"/>
        <source>Privacy note</source>
        <translation>Nota de privacidad</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="157"/>
        <source>Change language to %1</source>
        <translation>Cambiar el idioma a %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="160"/>
        <source>Shows this screen in %1</source>
        <translation>Muestra esta pantalla en %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="162"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="163"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="164"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="165"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="166"/>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="167"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="169"/>
        <source>Clear everything on this screen for the next person</source>
        <translation>Borra todo lo de esta pantalla para la siguiente persona</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="171"/>
        <source>Staff notice</source>
        <translation>Aviso para el personal</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="175"/>
        <source>Kiosk settings not applied: %1</source>
        <translation>No se aplicó la configuración del quiosco: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/header.py" line="181"/>
        <source>Logo not shown: %1</source>
        <translation>No se muestra el logotipo: %1</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="68"/>
        <location filename="../../src/saferest/ui/about.py" line="69"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="74"/>
        <source>SafeRest is free software under the GNU GPL, version 3 or later. It is built on these components, each under its own licence:</source>
        <translation>SafeRest es software libre bajo la GPL de GNU, versión 3 o posterior. Está hecho con estos componentes, cada uno con su propia licencia:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="86"/>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/about.py" line="92"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="44"/>
        <source>Open link in your web browser?</source>
        <translation>¿Abrir el enlace en tu navegador?</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="45"/>
        <source>This link opens in your web browser and needs the internet:</source>
        <translation>Este enlace se abre en tu navegador y necesita internet:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="57"/>
        <source>Web links cannot be opened on this computer.

%1</source>
        <translation>En este equipo no se pueden abrir enlaces web.

%1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/safe_browser.py" line="60"/>
        <source>Links are turned off</source>
        <translation>Los enlaces están desactivados</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <location filename="../../src/saferest/ui/loading.py" line="42"/>
        <location filename="../../src/saferest/ui/loading.py" line="46"/>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/loading.py" line="43"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/loading.py" line="53"/>
        <source>Loading the reference data…</source>
        <translation>Cargando los datos de referencia…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/loading.py" line="58"/>
        <source>Loading the reference data</source>
        <translation>Cargando los datos de referencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/loading.py" line="60"/>
        <source>In an emergency, call your local emergency number now.</source>
        <translation>En una emergencia, llama ahora a tu número local de emergencias.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="338"/>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="135"/>
        <source>Data warning</source>
        <translation>Aviso sobre los datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/main_window.py" line="137"/>
        <source>Problems found in the reference data: %n. Some entries may be missing or incomplete; the app keeps working with what could be read.</source>
        <translation>
            <numerusform>Se encontró %n problema en los datos de referencia. Puede que falten entradas o estén incompletas; la aplicación sigue funcionando con lo que se pudo leer.</numerusform>
            <numerusform>Se encontraron %n problemas en los datos de referencia. Puede que falten entradas o estén incompletas; la aplicación sigue funcionando con lo que se pudo leer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="147"/>
        <source>Your display settings</source>
        <translation>tus ajustes de pantalla</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="175"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="190"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="192"/>
        <source>Check my medications</source>
        <translation>Comprobar mis medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="211"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="213"/>
        <source>Search substances, medications, sleep practices and emergency topics</source>
        <translation>Busca sustancias, medicamentos, prácticas para dormir y temas de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="216"/>
        <source>Search kratom, medicines, sleep… (Ctrl+F)</source>
        <translation>Busca kratom, medicamentos, sueño… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="218"/>
        <source>Search kratom, medicines, sleep…</source>
        <translation>Busca kratom, medicamentos, sueño…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="226"/>
        <location filename="../../src/saferest/ui/main_window.py" line="229"/>
        <source>Emergency help</source>
        <translation>Ayuda de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="226"/>
        <source>Emergency help (F1)</source>
        <translation>Ayuda de emergencia (F1)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="238"/>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="239"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="242"/>
        <source>Print or save report…</source>
        <translation>Imprimir o guardar informe…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="243"/>
        <source>Print or save report</source>
        <translation>Imprimir o guardar informe</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="340"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="341"/>
        <source>&amp;Print or save report…</source>
        <translation>&amp;Imprimir o guardar informe…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="353"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="342"/>
        <source>&amp;Emergency help</source>
        <translation>Ayuda de &amp;emergencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="343"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="344"/>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="345"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="346"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="347"/>
        <source>&amp;Check my medications</source>
        <translation>&amp;Comprobar mis medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="348"/>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="349"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="350"/>
        <source>&amp;About SafeRest</source>
        <translation>A&amp;cerca de SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="357"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="358"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="359"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="360"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="366"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="402"/>
        <source>%1 could not be read (%2), so a new one was started. The damaged file was kept as %3.</source>
        <translation>No se pudo leer %1 (%2), así que se empezó de nuevo. El archivo dañado se guardó como %3.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="407"/>
        <source>%1 could not be read (%2), so a new one was started.</source>
        <translation>No se pudo leer %1 (%2), así que se empezó de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="409"/>
        <source>Saved file problem</source>
        <translation>Problema con un archivo guardado</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="419"/>
        <source>Your saved medication list</source>
        <translation>tu lista de medicamentos guardada</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="426"/>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="427"/>
        <source>Your list could not be saved: %1</source>
        <translation>No se pudo guardar tu lista: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/main_window.py" line="435"/>
        <source>Data problems</source>
        <translation>Problemas en los datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/main_window.py" line="436"/>
        <source>Problems found in the reference data: %n.</source>
        <translation>
            <numerusform>Se encontró %n problema en los datos de referencia.</numerusform>
            <numerusform>Se encontraron %n problemas en los datos de referencia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicationList</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="155"/>
        <source>read as %1</source>
        <translation>leído como %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="159"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="161"/>
        <source>“%1” matches more than one entry: %2</source>
        <translation>“%1” coincide con más de una entrada: %2</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="166"/>
        <source>“%1” not recognised, not checked</source>
        <translation>“%1” no reconocido, sin comprobar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="170"/>
        <source>; did you mean %1?</source>
        <translation>; ¿quisiste decir %1?</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="51"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="55"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="56"/>
        <source>Details about: %1</source>
        <translation>Detalles sobre: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="58"/>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/widgets.py" line="59"/>
        <source>Dismiss: %1</source>
        <translation>Cerrar aviso: %1</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="58"/>
        <location filename="../../src/saferest/ui/search_view.py" line="59"/>
        <source>Kratom: claims and evidence</source>
        <translation>Kratom: lo que se dice y la evidencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="64"/>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="79"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="82"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/search_view.py" line="113"/>
        <source>Results for “%1”: %n</source>
        <translation>
            <numerusform>Resultados para “%1”: %n</numerusform>
            <numerusform>Resultados para “%1”: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/search_view.py" line="116"/>
        <source>No results for “%1”. Check the spelling or try another name.</source>
        <translation>No hay resultados para “%1”. Revisa cómo está escrito o prueba con otro nombre.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="37"/>
        <source>This report is general information from the SafeRest reference data, not medical advice. It only covers combinations our data has rules for: no known interaction is not a promise of safety. Items we did not recognise were not checked. Talk to a pharmacist, doctor or harm-reduction worker before changing what you take. In an emergency call your local emergency number.</source>
        <translation>Este informe es información general de los datos de referencia de SafeRest, no consejo médico. Solo cubre las combinaciones para las que nuestros datos tienen reglas: que no haya una interacción conocida no es una promesa de seguridad. Lo que no reconocimos no se comprobó. Habla con tu farmacéutico, tu médico o alguien de reducción de daños antes de cambiar lo que tomas. En una emergencia llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="48"/>
        <source>matches more than one entry</source>
        <translation>coincide con más de una entrada</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="49"/>
        <source>NOT RECOGNISED, not checked</source>
        <translation>NO RECONOCIDO, sin comprobar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="75"/>
        <source>%1 twice</source>
        <translation>%1 dos veces</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="79"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="86"/>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="87"/>
        <source>Reliability:</source>
        <translation>Fiabilidad:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="88"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="115"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="117"/>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="118"/>
        <source>Data version:</source>
        <translation>Versión de los datos:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="119"/>
        <source>reviewed</source>
        <translation>revisados el</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="120"/>
        <source>SafeRest version:</source>
        <translation>Versión de SafeRest:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="122"/>
        <source>SafeRest medication check</source>
        <translation>Comprobación de medicamentos de SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="128"/>
        <source>Printed at %1</source>
        <translation>Impreso en %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="131"/>
        <source>Warning: the reference data has problems; results may be incomplete.</source>
        <translation>Aviso: los datos de referencia tienen problemas; los resultados pueden estar incompletos.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="136"/>
        <source>Your list</source>
        <translation>Tu lista</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="138"/>
        <source>The list is empty.</source>
        <translation>La lista está vacía.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="140"/>
        <source>As typed</source>
        <translation>Como lo escribiste</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="140"/>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="148"/>
        <source>Interactions found</source>
        <translation>Interacciones encontradas</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="152"/>
        <source>Fewer than two recognised items: nothing to check.</source>
        <translation>Menos de dos elementos reconocidos: no hay nada que comprobar.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="157"/>
        <source>No known interaction was found between the recognised items.</source>
        <translation>No se encontró ninguna interacción conocida entre los elementos reconocidos.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="170"/>
        <source>No known interaction:</source>
        <translation>Sin interacción conocida:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="174"/>
        <source>Please note</source>
        <translation>Ten en cuenta</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="202"/>
        <source>SafeRest report</source>
        <translation>Informe de SafeRest</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="219"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="257"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_pdf.py" line="258"/>
        <source>No printer is available. Please ask staff for help.</source>
        <translation>No hay ninguna impresora disponible. Pide ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="32"/>
        <source>Save report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="34"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="54"/>
        <location filename="../../src/saferest/ui/report_dialog.py" line="55"/>
        <source>Print or save report</source>
        <translation>Imprimir o guardar informe</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="63"/>
        <source>This is the report. Save it as a PDF or print it to take to a pharmacist or doctor.</source>
        <translation>Este es el informe. Guárdalo como PDF o imprímelo para llevarlo a tu farmacéutico o tu médico.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="67"/>
        <source>This is the report. Print it to take to a pharmacist or doctor.</source>
        <translation>Este es el informe. Imprímelo para llevarlo a tu farmacéutico o tu médico.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="72"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="78"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="79"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="83"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="86"/>
        <source>Close report</source>
        <translation>Cerrar el informe</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="95"/>
        <source>SafeRest report %1</source>
        <translation>Informe de SafeRest %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="114"/>
        <location filename="../../src/saferest/ui/report_dialog.py" line="119"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/report_dialog.py" line="120"/>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="61"/>
        <source>%1 twice</source>
        <translation>%1 dos veces</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/results_model.py" line="90"/>
        <source>No known interaction (pairs: %n)</source>
        <translation>
            <numerusform>Sin interacción conocida (%n pareja)</numerusform>
            <numerusform>Sin interacción conocida (%n parejas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/results_model.py" line="111"/>
        <source>Not checked (%n)</source>
        <translation>
            <numerusform>Sin comprobar (%n)</numerusform>
            <numerusform>Sin comprobar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="118"/>
        <source>matches more than one entry</source>
        <translation>coincide con más de una entrada</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="120"/>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="138"/>
        <source>%1 interaction: %2. %3</source>
        <translation>Interacción (%1): %2. %3</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="156"/>
        <source>From your list: %1</source>
        <translation>De tu lista: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="174"/>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="182"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="189"/>
        <source>Reliability: %1</source>
        <translation>Fiabilidad: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="204"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/results_model.py" line="222"/>
        <source>No known interaction means our data has no rule for this pair. It is not a promise that the combination is safe.</source>
        <translation>“Sin interacción conocida” significa que nuestros datos no tienen una regla para esta pareja. No es una promesa de que la combinación sea segura.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="286"/>
        <source>found in the text</source>
        <translation>encontrado en el texto</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/models.py" line="288"/>
        <source>matches “%1”</source>
        <translation>coincide con “%1”</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="30"/>
        <source>DANGEROUS</source>
        <translation>PELIGROSO</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="31"/>
        <source>UNSAFE</source>
        <translation>INSEGURO</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="32"/>
        <source>CAUTION</source>
        <translation>PRECAUCIÓN</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="33"/>
        <source>LOW RISK</source>
        <translation>RIESGO BAJO</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="40"/>
        <source>can be life-threatening</source>
        <translation>puede poner la vida en peligro</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="41"/>
        <source>avoid this combination</source>
        <translation>evita esta combinación</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="42"/>
        <source>take care, use less, do not use alone</source>
        <translation>ten cuidado, usa menos y no consumas a solas</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="43"/>
        <source>a small or unlikely risk</source>
        <translation>un riesgo pequeño o poco probable</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="50"/>
        <source>proven (shown in people)</source>
        <translation>demostrada (comprobada en personas)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="51"/>
        <source>inferred (from how the drugs work or case reports)</source>
        <translation>deducida (de cómo actúan las sustancias o de casos descritos)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="54"/>
        <source>hypothetical (theory only)</source>
        <translation>hipotética (solo en teoría)</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="61"/>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="62"/>
        <source>Lab or animal studies only</source>
        <translation>Solo estudios de laboratorio o en animales</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="63"/>
        <source>Observational studies</source>
        <translation>Estudios observacionales</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="64"/>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="65"/>
        <source>Clinical guideline</source>
        <translation>Guía clínica</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="73"/>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="74"/>
        <source>conditional</source>
        <translation>condicional</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="75"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="76"/>
        <source>recommended against</source>
        <translation>se recomienda no hacerlo</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/severity.py" line="77"/>
        <source>not enough evidence to recommend</source>
        <translation>no hay evidencia suficiente para recomendarlo</translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="126"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="127"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="128"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="129"/>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="132"/>
        <source>Touch the button to keep going. Otherwise this screen is cleared for the next person, and nothing you entered is kept.</source>
        <translation>Toca el botón para continuar. Si no, esta pantalla se borrará para la siguiente persona y no se guardará nada de lo que escribiste.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="136"/>
        <source>What happens next</source>
        <translation>Qué pasará ahora</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="137"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="138"/>
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="139"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="195"/>
        <source>%n s</source>
        <comment>seconds left</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/saferest/ui/kiosk/idle.py" line="197"/>
        <source>Seconds left before the screen is cleared: %n</source>
        <translation>
            <numerusform>Queda %n segundo para que se borre la pantalla</numerusform>
            <numerusform>Quedan %n segundos para que se borre la pantalla</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="120"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="149"/>
        <source>“%1” matches more than one entry. Which one do you mean?</source>
        <translation>“%1” coincide con más de una entrada. ¿Cuál quieres decir?</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="151"/>
        <source>“%1” was not recognised and is not checked. Did you mean:</source>
        <translation>No reconocimos “%1” y no se comprueba. ¿Quisiste decir:</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="154"/>
        <source>“%1” was not recognised and is not checked. Check the spelling; it may not be in our data yet.</source>
        <translation>No reconocimos “%1” y no se comprueba. Revisa cómo está escrito; puede que aún no esté en nuestros datos.</translation>
    </message>
    <message>
        <location filename="../../src/saferest/ui/checker_view.py" line="166"/>
        <source>Use suggestion: %1</source>
        <translation>Usar la sugerencia: %1</translation>
    </message>
</context>
</TS>
