<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SafeRest</source>
        <translation>Acerca de SafeRest</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Interaction rules</source>
        <translation>Reglas de interacción</translation>
    </message>
    <message>
        <source>Sleep practices</source>
        <translation>Prácticas para dormir</translation>
    </message>
    <message>
        <source>Emergency topics</source>
        <translation>Temas de emergencia</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message numerus="yes">
        <source>Problems found in the data pack: %n.</source>
        <translation>
            <numerusform>Se encontró %n problema en el paquete de datos.</numerusform>
            <numerusform>Se encontraron %n problemas en el paquete de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>An offline harm-reduction reference for kratom, sleep aids and their interactions. It is not medical advice.</source>
        <translation>Una guía de reducción de daños sin conexión sobre el kratom, las ayudas para dormir y sus interacciones. No es consejo médico.</translation>
    </message>
    <message>
        <source>Built with PySide6 %1 on Qt %2.</source>
        <translation>Hecho con PySide6 %1 sobre Qt %2.</translation>
    </message>
    <message>
        <source>SafeRest is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries.</source>
        <translation>SafeRest es software libre: puedes redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o posterior. Qt se usa bajo la Licencia Pública General Reducida de GNU, versión 3; puedes sustituir las bibliotecas de Qt.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation>Versión de los datos:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <source>Admin exit</source>
        <translation>Salida del personal</translation>
    </message>
    <message>
        <source>Staff only: enter the admin PIN to close the kiosk.</source>
        <translation>Solo para el personal: introduce el PIN de administración para cerrar el quiosco.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>Admin exit message</source>
        <translation>Mensaje de la salida del personal</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel admin exit</source>
        <translation>Cancelar la salida del personal</translation>
    </message>
    <message>
        <source>No admin PIN is set, so the kiosk cannot be closed from here. Staff: make a hash with “saferest admin hash-pin” and put it in kiosk.toml as admin_pin_hash.</source>
        <translation>No hay un PIN de administración, así que el quiosco no se puede cerrar desde aquí. Personal: hay que crear un hash con “saferest admin hash-pin” y ponerlo en kiosk.toml como admin_pin_hash.</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many tries: wait 30 seconds.</source>
        <translation>PIN incorrecto. Demasiados intentos: espera 30 segundos.</translation>
    </message>
    <message>
        <source>Wrong PIN. The kiosk stays open.</source>
        <translation>PIN incorrecto. El quiosco sigue abierto.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SafeRest could not load its data:
%1</source>
        <translation>SafeRest no pudo cargar sus datos:
%1</translation>
    </message>
</context>
<context>
    <name>Browse</name>
    <message>
        <source>CBT-I: therapy for insomnia (works best)</source>
        <translation>TCC-I: terapia para el insomnio (lo que mejor funciona)</translation>
    </message>
    <message>
        <source>Sleep habits</source>
        <translation>Hábitos de sueño</translation>
    </message>
    <message>
        <source>Sleep aids</source>
        <translation>Ayudas para dormir</translation>
    </message>
    <message>
        <source>Substances and sleep</source>
        <translation>Sustancias y sueño</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Cuándo ir al médico</translation>
    </message>
    <message numerus="yes">
        <source>Substances (%n)</source>
        <translation>
            <numerusform>Sustancias (%n)</numerusform>
            <numerusform>Sustancias (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Combination products</source>
        <translation>Productos combinados</translation>
    </message>
    <message>
        <source>Foods and drinks</source>
        <translation>Alimentos y bebidas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Medications by class</source>
        <translation>Medicamentos por tipo</translation>
    </message>
    <message>
        <source>Sleep practices by topic</source>
        <translation>Prácticas para dormir por tema</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>did you mean:</source>
        <translation>¿quisiste decir?:</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>Stopped, not checked any more:</source>
        <translation>Dejado, ya no se comprueba:</translation>
    </message>
    <message>
        <source>Checked for:</source>
        <translation>Comprobado para el día:</translation>
    </message>
    <message>
        <source>This is general information, not medical advice. In an emergency call your local emergency number.</source>
        <translation>Esto es información general, no consejo médico. En una emergencia llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Items we did not recognise were NOT checked against anything.</source>
        <translation>Lo que no reconocimos NO se comprobó con nada.</translation>
    </message>
</context>
<context>
    <name>CheckerView</name>
    <message>
        <source>Clear the list?</source>
        <translation>¿Borrar la lista?</translation>
    </message>
    <message>
        <source>Remove every item from “My medications”?</source>
        <translation>¿Quitar todo lo que hay en “Mis medicamentos”?</translation>
    </message>
    <message>
        <source>&amp;Add a medicine, drug or supplement (name and dose as on the label):</source>
        <translation>&amp;Añade un medicamento, droga o suplemento (nombre y dosis como en la etiqueta):</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Type a name and press Enter. Pasting several lines adds each line.</source>
        <translation>Escribe un nombre y pulsa Enter. Si pegas varias líneas, se añade cada una.</translation>
    </message>
    <message>
        <source>e.g. Xanax 1mg</source>
        <translation>p. ej.: Tafil 1mg</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>List notice</source>
        <translation>Aviso de la lista</translation>
    </message>
    <message>
        <source>&amp;My medications:</source>
        <translation>&amp;Mis medicamentos:</translation>
    </message>
    <message>
        <source>My medications</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>Remove selected item</source>
        <translation>Quitar el elemento seleccionado</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>Clear all items</source>
        <translation>Borrar todos los elementos</translation>
    </message>
    <message>
        <source>Interaction &amp;results:</source>
        <translation>&amp;Resultados de interacciones:</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Resumen de la comprobación</translation>
    </message>
    <message>
        <source>Interaction results</source>
        <translation>Resultados de interacciones</translation>
    </message>
    <message>
        <source>Findings grouped by severity; expand a finding for why, what to do, reliability and sources.</source>
        <translation>Resultados agrupados por gravedad; abre cada uno para ver por qué, qué hacer, la fiabilidad y las fuentes.</translation>
    </message>
    <message>
        <source>Already on your list: %1</source>
        <translation>Ya está en tu lista: %1</translation>
    </message>
    <message>
        <source>Too long to check safely, so not added (at most %1 characters a line; put each medicine on its own line): %2</source>
        <translation>Demasiado largo para comprobarlo con seguridad, así que no se añadió (como mucho %1 caracteres por línea; pon cada medicamento en su propia línea): %2</translation>
    </message>
    <message>
        <source>The list is full, so these were not added: %1</source>
        <translation>La lista está llena, así que no se añadió esto: %1</translation>
    </message>
    <message>
        <source>That change would make the line too long to check.</source>
        <translation>Con ese cambio la línea sería demasiado larga para comprobarla.</translation>
    </message>
    <message>
        <source>Add the medicines, drugs and supplements you take; each pair is checked against our interaction rules.</source>
        <translation>Añade los medicamentos, drogas y suplementos que tomas; comprobamos cada pareja con nuestras reglas de interacción.</translation>
    </message>
    <message>
        <source>Add at least two recognised items to check for interactions.</source>
        <translation>Añade al menos dos elementos reconocidos para comprobar las interacciones.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 (pairs checked: %n). Found: %2.</source>
        <translation>
            <numerusform>Comprobado: %1 (%n pareja comprobada). Encontrado: %2.</numerusform>
            <numerusform>Comprobado: %1 (%n parejas comprobadas). Encontrado: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 (pairs checked: %n): no known interaction found.</source>
        <translation>
            <numerusform>Comprobado: %1 (%n pareja comprobada): no se encontró ninguna interacción conocida.</numerusform>
            <numerusform>Comprobado: %1 (%n parejas comprobadas): no se encontró ninguna interacción conocida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked, because we did not recognise them: %1.</source>
        <translation>Sin comprobar, porque no lo reconocimos: %1.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(in English)</source>
        <comment>marks data text shown in English</comment>
        <translation>(en inglés)</translation>
    </message>
    <message>
        <source>Parts of this page have no translation yet and are shown in English; they are marked “(in English)”.</source>
        <translation>Partes de esta página aún no están traducidas y se muestran en inglés; van marcadas con “(en inglés)”.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Jump to claims and evidence</source>
        <translation>Ir a lo que se dice y la evidencia</translation>
    </message>
    <message>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <source>An offline reference for kratom, sleep aids and how they interact with medicines. Search above, browse on the left, or check your own list under “Check my medications”.</source>
        <translation>Una guía sin conexión sobre el kratom, las ayudas para dormir y cómo interactúan con los medicamentos. Busca arriba, explora a la izquierda o revisa tu propia lista en “Comprobar mis medicamentos”.</translation>
    </message>
    <message>
        <source>Kratom: claims and evidence</source>
        <translation>Kratom: lo que se dice y la evidencia</translation>
    </message>
    <message>
        <source>This is not medical advice. In an emergency press F1 or call your local emergency number.</source>
        <translation>Esto no es consejo médico. En una emergencia pulsa F1 o llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>La entrada seleccionada</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>También se llama:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Full card:</source>
        <translation>Ficha completa:</translation>
    </message>
    <message>
        <source>Claims and evidence</source>
        <translation>Lo que se dice y la evidencia</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Se dice:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Revisado:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>reliability:</source>
        <translation>fiabilidad:</translation>
    </message>
    <message>
        <source>Recommendation strength:</source>
        <translation>Fuerza de la recomendación:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultado el</translation>
    </message>
    <message>
        <source>Generated from the interaction rules. Use the checker to check your own list.</source>
        <translation>Generado a partir de las reglas de interacción. Usa el comprobador para revisar tu propia lista.</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Call your local emergency number now.</source>
        <translation>Llama ahora a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Local help</source>
        <translation>Ayuda cerca de ti</translation>
    </message>
    <message>
        <source>Local help from %1</source>
        <translation>Ayuda cerca de ti de %1</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>If someone may be overdosing or cannot be woken, call for help now.</source>
        <translation>Si alguien puede estar sufriendo una sobredosis o no se despierta, pide ayuda ahora.</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Ayuda de emergencia</translation>
    </message>
    <message>
        <source>The emergency guidance could not be loaded from the data. Call your local emergency number and follow what they tell you.</source>
        <translation>No se pudo cargar la guía de emergencia desde los datos. Llama a tu número local de emergencias y sigue lo que te digan.</translation>
    </message>
    <message>
        <source>Signs:</source>
        <translation>Señales:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency help</source>
        <translation>Ayuda de emergencia</translation>
    </message>
    <message>
        <source>Emergency guidance</source>
        <translation>Guía de emergencia</translation>
    </message>
    <message>
        <source>Close emergency help</source>
        <translation>Cerrar la ayuda de emergencia</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>Fiabilidad:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>From your list:</source>
        <translation>De tu lista:</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 twice</source>
        <translation>%1 dos veces</translation>
    </message>
    <message>
        <source>Together on your list: %1</source>
        <translation>Juntos en tu lista: %1</translation>
    </message>
    <message>
        <source>For older adults:</source>
        <translation>Para personas mayores:</translation>
    </message>
    <message>
        <source>In pregnancy:</source>
        <translation>En el embarazo:</translation>
    </message>
    <message>
        <source>With kidney disease:</source>
        <translation>Con enfermedad de los riñones:</translation>
    </message>
</context>
<context>
    <name>ItemStatusControl</name>
    <message>
        <source>Status of the selected item:</source>
        <translation>Estado del elemento seleccionado:</translation>
    </message>
    <message>
        <source>&amp;Taking it</source>
        <translation>Lo &amp;tomo</translation>
    </message>
    <message>
        <source>Only when &amp;needed</source>
        <translation>Solo cuando hace &amp;falta</translation>
    </message>
    <message>
        <source>Sto&amp;pped</source>
        <translation>&amp;Dejado</translation>
    </message>
    <message>
        <source>Taking it</source>
        <translation>Lo tomo</translation>
    </message>
    <message>
        <source>Taking it only when needed</source>
        <translation>Lo tomo solo cuando hace falta</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dejado</translation>
    </message>
    <message>
        <source>Stopped o&amp;n:</source>
        <translation>Dejado &amp;el:</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Dejado el</translation>
    </message>
    <message>
        <source>The day you stopped it: it is checked while its effect may last</source>
        <translation>El día que lo dejaste: se comprueba mientras su efecto pueda durar</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>EMERGENCY</source>
        <translation>EMERGENCIA</translation>
    </message>
    <message>
        <source>SUBSTANCE</source>
        <translation>SUSTANCIA</translation>
    </message>
    <message>
        <source>MEDICATION</source>
        <translation>MEDICAMENTO</translation>
    </message>
    <message>
        <source>SLEEP PRACTICE</source>
        <translation>PRÁCTICA PARA DORMIR</translation>
    </message>
    <message numerus="yes">
        <source>Emergency (%n)</source>
        <translation>
            <numerusform>Emergencias (%n)</numerusform>
            <numerusform>Emergencias (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Substances (%n)</source>
        <translation>
            <numerusform>Sustancias (%n)</numerusform>
            <numerusform>Sustancias (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Medications (%n)</source>
        <translation>
            <numerusform>Medicamentos (%n)</numerusform>
            <numerusform>Medicamentos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>the logo must be a local file: %1</source>
        <translation>el logotipo debe ser un archivo local: %1</translation>
    </message>
    <message>
        <source>logo %1 cannot be read: %2</source>
        <translation>no se puede leer el logotipo %1: %2</translation>
    </message>
    <message>
        <source>logo %1 is too large</source>
        <translation>el logotipo %1 es demasiado grande</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Clinic name and logo</source>
        <translation>Nombre y logotipo del centro</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logotipo del centro</translation>
    </message>
    <message>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Private: nothing you enter is kept. It is cleared when you leave.</source>
        <translation>Privado: no se guarda nada de lo que escribas. Se borra cuando te vas.</translation>
    </message>
    <message>
        <source>Privacy note</source>
        <translation>Nota de privacidad</translation>
    </message>
    <message>
        <source>Change language to %1</source>
        <translation>Cambiar el idioma a %1</translation>
    </message>
    <message>
        <source>Shows this screen in %1</source>
        <translation>Muestra esta pantalla en %1</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Clear everything on this screen for the next person</source>
        <translation>Borra todo lo de esta pantalla para la siguiente persona</translation>
    </message>
    <message>
        <source>Staff notice</source>
        <translation>Aviso para el personal</translation>
    </message>
    <message>
        <source>Kiosk settings not applied: %1</source>
        <translation>No se aplicó la configuración del quiosco: %1</translation>
    </message>
    <message>
        <source>Logo not shown: %1</source>
        <translation>No se muestra el logotipo: %1</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Open link in your web browser?</source>
        <translation>¿Abrir el enlace en tu navegador?</translation>
    </message>
    <message>
        <source>This link opens in your web browser and needs the internet:</source>
        <translation>Este enlace se abre en tu navegador y necesita internet:</translation>
    </message>
    <message>
        <source>Web links cannot be opened on this computer.

%1</source>
        <translation>En este equipo no se pueden abrir enlaces web.

%1</translation>
    </message>
    <message>
        <source>Links are turned off</source>
        <translation>Los enlaces están desactivados</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Loading the reference data…</source>
        <translation>Cargando los datos de referencia…</translation>
    </message>
    <message>
        <source>Loading the reference data</source>
        <translation>Cargando los datos de referencia</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number now.</source>
        <translation>En una emergencia, llama ahora a tu número local de emergencias.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SafeRest</source>
        <translation>SafeRest</translation>
    </message>
    <message>
        <source>Data warning</source>
        <translation>Aviso sobre los datos</translation>
    </message>
    <message numerus="yes">
        <source>Problems found in the reference data: %n. Some entries may be missing or incomplete; the app keeps working with what could be read.</source>
        <translation>
            <numerusform>Se encontró %n problema en los datos de referencia. Puede que falten entradas o estén incompletas; la aplicación sigue funcionando con lo que se pudo leer.</numerusform>
            <numerusform>Se encontraron %n problemas en los datos de referencia. Puede que falten entradas o estén incompletas; la aplicación sigue funcionando con lo que se pudo leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your display settings</source>
        <translation>tus ajustes de pantalla</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Check my medications</source>
        <translation>Comprobar mis medicamentos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search substances, medications, sleep practices and emergency topics</source>
        <translation>Busca sustancias, medicamentos, prácticas para dormir y temas de emergencia</translation>
    </message>
    <message>
        <source>Search kratom, medicines, sleep… (Ctrl+F)</source>
        <translation>Busca kratom, medicamentos, sueño… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search kratom, medicines, sleep…</source>
        <translation>Busca kratom, medicamentos, sueño…</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Ayuda de emergencia</translation>
    </message>
    <message>
        <source>Emergency help (F1)</source>
        <translation>Ayuda de emergencia (F1)</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Print or save report…</source>
        <translation>Imprimir o guardar informe…</translation>
    </message>
    <message>
        <source>Print or save report</source>
        <translation>Imprimir o guardar informe</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Print or save report…</source>
        <translation>&amp;Imprimir o guardar informe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Emergency help</source>
        <translation>Ayuda de &amp;emergencia</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Check my medications</source>
        <translation>&amp;Comprobar mis medicamentos</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;About SafeRest</source>
        <translation>A&amp;cerca de SafeRest</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so a new one was started. The damaged file was kept as %3.</source>
        <translation>No se pudo leer %1 (%2), así que se empezó de nuevo. El archivo dañado se guardó como %3.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so a new one was started.</source>
        <translation>No se pudo leer %1 (%2), así que se empezó de nuevo.</translation>
    </message>
    <message>
        <source>Saved file problem</source>
        <translation>Problema con un archivo guardado</translation>
    </message>
    <message>
        <source>Your saved medication list</source>
        <translation>tu lista de medicamentos guardada</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your saved list could not be read and are not on the list. Everything else was kept.</source>
        <translation>
            <numerusform>No se pudo leer %n elemento de tu lista guardada y no está en la lista. Todo lo demás se conservó.</numerusform>
            <numerusform>No se pudieron leer %n elementos de tu lista guardada y no están en la lista. Todo lo demás se conservó.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file as it was is kept as %1.</source>
        <translation>El archivo tal como estaba se guardó como %1.</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Your list could not be saved: %1</source>
        <translation>No se pudo guardar tu lista: %1</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Problemas en los datos</translation>
    </message>
    <message numerus="yes">
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
        <source>read as %1</source>
        <translation>leído como %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>“%1” matches more than one entry: %2</source>
        <translation>“%1” coincide con más de una entrada: %2</translation>
    </message>
    <message>
        <source>“%1” not recognised, not checked</source>
        <translation>“%1” no reconocido, sin comprobar</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; ¿quisiste decir %1?</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Details about: %1</source>
        <translation>Detalles sobre: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Cerrar aviso: %1</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Kratom: claims and evidence</source>
        <translation>Kratom: lo que se dice y la evidencia</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>Results for “%1”: %n</source>
        <translation>
            <numerusform>Resultados para “%1”: %n</numerusform>
            <numerusform>Resultados para “%1”: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”. Check the spelling or try another name.</source>
        <translation>No hay resultados para “%1”. Revisa cómo está escrito o prueba con otro nombre.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This report is general information from the SafeRest reference data, not medical advice. It only covers combinations our data has rules for: no known interaction is not a promise of safety. Items we did not recognise were not checked. Talk to a pharmacist, doctor or harm-reduction worker before changing what you take. In an emergency call your local emergency number.</source>
        <translation>Este informe es información general de los datos de referencia de SafeRest, no consejo médico. Solo cubre las combinaciones para las que nuestros datos tienen reglas: que no haya una interacción conocida no es una promesa de seguridad. Lo que no reconocimos no se comprobó. Habla con tu farmacéutico, tu médico o alguien de reducción de daños antes de cambiar lo que tomas. En una emergencia llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>matches more than one entry</source>
        <translation>coincide con más de una entrada</translation>
    </message>
    <message>
        <source>NOT RECOGNISED, not checked</source>
        <translation>NO RECONOCIDO, sin comprobar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation>Versión de los datos:</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisados el</translation>
    </message>
    <message>
        <source>SafeRest version:</source>
        <translation>Versión de SafeRest:</translation>
    </message>
    <message>
        <source>SafeRest medication check</source>
        <translation>Comprobación de medicamentos de SafeRest</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>Impreso en %1</translation>
    </message>
    <message>
        <source>Warning: the reference data has problems; results may be incomplete.</source>
        <translation>Aviso: los datos de referencia tienen problemas; los resultados pueden estar incompletos.</translation>
    </message>
    <message>
        <source>Your list</source>
        <translation>Tu lista</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>La lista está vacía.</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Como lo escribiste</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <source>Interactions found</source>
        <translation>Interacciones encontradas</translation>
    </message>
    <message>
        <source>Fewer than two recognised items: nothing to check.</source>
        <translation>Menos de dos elementos reconocidos: no hay nada que comprobar.</translation>
    </message>
    <message>
        <source>No known interaction was found between the recognised items.</source>
        <translation>No se encontró ninguna interacción conocida entre los elementos reconocidos.</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Ten en cuenta</translation>
    </message>
    <message>
        <source>SafeRest report</source>
        <translation>Informe de SafeRest</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>No printer is available. Please ask staff for help.</source>
        <translation>No hay ninguna impresora disponible. Pide ayuda al personal.</translation>
    </message>
    <message>
        <source>No known interaction:</source>
        <translation>Sin interacción conocida:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Save report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print or save report</source>
        <translation>Imprimir o guardar informe</translation>
    </message>
    <message>
        <source>This is the report. Save it as a PDF or print it to take to a pharmacist or doctor.</source>
        <translation>Este es el informe. Guárdalo como PDF o imprímelo para llevarlo a tu farmacéutico o tu médico.</translation>
    </message>
    <message>
        <source>This is the report. Print it to take to a pharmacist or doctor.</source>
        <translation>Este es el informe. Imprímelo para llevarlo a tu farmacéutico o tu médico.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Cerrar el informe</translation>
    </message>
    <message>
        <source>SafeRest report %1</source>
        <translation>Informe de SafeRest %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message numerus="yes">
        <source>No known interaction (pairs: %n)</source>
        <translation>
            <numerusform>Sin interacción conocida (%n pareja)</numerusform>
            <numerusform>Sin interacción conocida (%n parejas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped, not checked any more (%n)</source>
        <translation>
            <numerusform>Dejado, ya no se comprueba (%n)</numerusform>
            <numerusform>Dejados, ya no se comprueban (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not checked (%n)</source>
        <translation>
            <numerusform>Sin comprobar (%n)</numerusform>
            <numerusform>Sin comprobar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>matches more than one entry</source>
        <translation>coincide con más de una entrada</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>%1 interaction: %2. %3</source>
        <translation>Interacción (%1): %2. %3</translation>
    </message>
    <message>
        <source>No known interaction means our data has no rule for this pair. It is not a promise that the combination is safe.</source>
        <translation>“Sin interacción conocida” significa que nuestros datos no tienen una regla para esta pareja. No es una promesa de que la combinación sea segura.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>found in the text</source>
        <translation>encontrado en el texto</translation>
    </message>
    <message>
        <source>matches “%1”</source>
        <translation>coincide con “%1”</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>DANGEROUS</source>
        <translation>PELIGROSO</translation>
    </message>
    <message>
        <source>UNSAFE</source>
        <translation>INSEGURO</translation>
    </message>
    <message>
        <source>CAUTION</source>
        <translation>PRECAUCIÓN</translation>
    </message>
    <message>
        <source>LOW RISK</source>
        <translation>RIESGO BAJO</translation>
    </message>
    <message>
        <source>can be life-threatening</source>
        <translation>puede poner la vida en peligro</translation>
    </message>
    <message>
        <source>avoid this combination</source>
        <translation>evita esta combinación</translation>
    </message>
    <message>
        <source>take care, use less, do not use alone</source>
        <translation>ten cuidado, usa menos y no consumas a solas</translation>
    </message>
    <message>
        <source>a small or unlikely risk</source>
        <translation>un riesgo pequeño o poco probable</translation>
    </message>
    <message>
        <source>proven (shown in people)</source>
        <translation>demostrada (comprobada en personas)</translation>
    </message>
    <message>
        <source>inferred (from how the drugs work or case reports)</source>
        <translation>deducida (de cómo actúan las sustancias o de casos descritos)</translation>
    </message>
    <message>
        <source>hypothetical (theory only)</source>
        <translation>hipotética (solo en teoría)</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <source>Lab or animal studies only</source>
        <translation>Solo estudios de laboratorio o en animales</translation>
    </message>
    <message>
        <source>Observational studies</source>
        <translation>Estudios observacionales</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>Clinical guideline</source>
        <translation>Guía clínica</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>condicional</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>recommended against</source>
        <translation>se recomienda no hacerlo</translation>
    </message>
    <message>
        <source>not enough evidence to recommend</source>
        <translation>no hay evidencia suficiente para recomendarlo</translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>Touch the button to keep going. Otherwise this screen is cleared for the next person, and nothing you entered is kept.</source>
        <translation>Toca el botón para continuar. Si no, esta pantalla se borrará para la siguiente persona y no se guardará nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué pasará ahora</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>“%1” matches more than one entry. Which one do you mean?</source>
        <translation>“%1” coincide con más de una entrada. ¿Cuál quieres decir?</translation>
    </message>
    <message>
        <source>“%1” was not recognised and is not checked. Did you mean:</source>
        <translation>No reconocimos “%1” y no se comprueba. ¿Quisiste decir:</translation>
    </message>
    <message>
        <source>“%1” was not recognised and is not checked. Check the spelling; it may not be in our data yet.</source>
        <translation>No reconocimos “%1” y no se comprueba. Revisa cómo está escrito; puede que aún no esté en nuestros datos.</translation>
    </message>
    <message>
        <source>Use suggestion: %1</source>
        <translation>Usar la sugerencia: %1</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>taking</source>
        <translation>lo tomas</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>cuando hace falta</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dejado</translation>
    </message>
    <message>
        <source>stopped (no date given)</source>
        <translation>dejado (sin fecha)</translation>
    </message>
    <message>
        <source>stopped today</source>
        <translation>dejado hoy</translation>
    </message>
    <message>
        <source>stopped yesterday</source>
        <translation>dejado ayer</translation>
    </message>
    <message numerus="yes">
        <source>stopped %n days ago</source>
        <translation>
            <numerusform>dejado hace %n día</numerusform>
            <numerusform>dejado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>its effect lasts about a day</source>
        <translation>su efecto dura alrededor de un día</translation>
    </message>
    <message numerus="yes">
        <source>its effect lasts about %n days</source>
        <translation>
            <numerusform>su efecto dura alrededor de %n día</numerusform>
            <numerusform>su efecto dura alrededor de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>taken as needed; checked as if taken today</source>
        <translation>se toma cuando hace falta; se comprueba como si lo tomaras hoy</translation>
    </message>
    <message>
        <source>checked in case it still acts</source>
        <translation>se comprueba por si todavía hace efecto</translation>
    </message>
    <message numerus="yes">
        <source>we have no figure for how long its effect lasts, so it is checked for %n days after stopping</source>
        <translation>
            <numerusform>no tenemos una cifra de cuánto dura su efecto, así que se comprueba durante %n día después de dejarlo</numerusform>
            <numerusform>no tenemos una cifra de cuánto dura su efecto, así que se comprueba durante %n días después de dejarlo</numerusform>
        </translation>
    </message>
</context>
</TS>
