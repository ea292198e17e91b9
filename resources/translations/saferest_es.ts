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
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Versions and paths for a support request; nothing you typed or saved</source>
        <translation>Versiones y rutas para una consulta de soporte; nada de lo que escribió o guardó</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
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
        <source>Version %1, built with PySide6 %2 on Qt %3.</source>
        <translation>Versión %1, hecha con PySide6 %2 sobre Qt %3.</translation>
    </message>
    <message>
        <source>SafeRest is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries.</source>
        <translation>SafeRest es software libre: puedes redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o posterior. Qt se usa bajo la Licencia Pública General Reducida de GNU, versión 3; puedes sustituir las bibliotecas de Qt.</translation>
    </message>
    <message>
        <source>Logs and crash reports:</source>
        <translation>Registros e informes de fallos:</translation>
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
        <source>Signing key:</source>
        <translation>Clave de firma:</translation>
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
        <source>Too many wrong PINs: wait %1 s, then try again.</source>
        <translation>Demasiados PIN incorrectos: espera %1 s y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Ya puedes volver a introducir el PIN.</translation>
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
        <source>This is general information, not medical advice. In an emergency %1.</source>
        <comment>%1 is &apos;call 911&apos; or &apos;call your local emergency number&apos;</comment>
        <translation>Esto es información general, no consejo médico. En una emergencia %1.</translation>
    </message>
    <message>
        <source>Items we did not recognise were NOT checked against anything.</source>
        <translation>Lo que no reconocimos NO se comprobó con nada.</translation>
    </message>
    <message>
        <source>Data version %1, reviewed %2, signing key: %3.</source>
        <translation>Datos: versión %1, revisados el %2, clave de firma: %3.</translation>
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
        <source>Findings grouped by severity, worst first. Press Space or the Right arrow on a finding for why, what to do, reliability and sources.</source>
        <translation>Hallazgos agrupados por gravedad, los peores primero. Pulsa Espacio o la flecha derecha sobre un hallazgo para ver por qué, qué hacer, la fiabilidad y las fuentes.</translation>
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
        <source>Stopped, so not checked: %1.</source>
        <translation>Dejado, así que no se comprueba: %1.</translation>
    </message>
    <message>
        <source>Not checked, because we did not recognise them: %1.</source>
        <translation>Sin comprobar, porque no lo reconocimos: %1.</translation>
    </message>
    <message>
        <source>Not checked, as you chose: %1.</source>
        <translation>No se comprueba, como elegiste: %1.</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>Added to your health conditions: %1.</source>
        <translation>Añadido a tus condiciones de salud: %1.</translation>
    </message>
    <message>
        <source>With your health conditions (%1): no rule in our data for your list.</source>
        <translation>Con tus condiciones de salud (%1): nuestros datos no tienen ninguna regla para tu lista.</translation>
    </message>
    <message>
        <source>With your health conditions (%1): %2.</source>
        <translation>Con tus condiciones de salud (%1): %2.</translation>
    </message>
    <message numerus="yes">
        <source>With your health conditions (%n)</source>
        <translation>
            <numerusform>Con tus condiciones de salud (%n)</numerusform>
            <numerusform>Con tus condiciones de salud (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include my health conditions in the report</source>
        <translation>Incluir mis condiciones de salud en el informe</translation>
    </message>
    <message>
        <source>(not shown: names a health condition)</source>
        <translation>(no se muestra: nombra una condición de salud)</translation>
    </message>
    <message>
        <source>(health condition)</source>
        <translation>(condición de salud)</translation>
    </message>
    <message>
        <source>Your health conditions</source>
        <translation>Tus condiciones de salud</translation>
    </message>
    <message>
        <source>With your health conditions</source>
        <translation>Con tus condiciones de salud</translation>
    </message>
    <message>
        <source>Our data has no rule about your health conditions and the recognised items. That is not a promise that they are safe for you.</source>
        <translation>Nuestros datos no tienen ninguna regla sobre tus condiciones de salud y lo reconocido de tu lista. Eso no garantiza que sea seguro para ti.</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>no aplica: %1</translation>
    </message>
    <message>
        <source>Your health conditions are not shown in this report, as you chose, and findings about them are left out.</source>
        <translation>Tus condiciones de salud no aparecen en este informe, como elegiste, y se omiten los resultados sobre ellas.</translation>
    </message>
</context>
<context>
    <name>ConditionsPanel</name>
    <message>
        <source>My health conditions</source>
        <translation>Mis condiciones de salud</translation>
    </message>
    <message>
        <source>My health conditions (optional)</source>
        <translation>Mis condiciones de salud (opcional)</translation>
    </message>
    <message>
        <source>Health conditions privacy</source>
        <translation>Privacidad de las condiciones de salud</translation>
    </message>
    <message>
        <source>Private: kept only on this computer, with your list. A report asks before showing them.</source>
        <translation>Privado: se guarda solo en este ordenador, con tu lista. Un informe pregunta antes de mostrarlas.</translation>
    </message>
    <message>
        <source>Not saved: nothing you tick here is written to this computer, and it is cleared when this session ends.</source>
        <translation>No se guarda: nada de lo que marques aquí se escribe en este ordenador, y se borra al terminar esta sesión.</translation>
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
    <name>CrashDialog</name>
    <message>
        <source>SafeRest hit a problem</source>
        <translation>SafeRest tuvo un problema</translation>
    </message>
    <message>
        <source>Something went wrong inside SafeRest. Your saved list is kept. If the window looks wrong, close SafeRest and start it again.

In an emergency, call your local emergency number.</source>
        <translation>Algo falló dentro de SafeRest. Su lista guardada se conserva. Si la ventana se ve mal, cierre SafeRest y vuelva a abrirlo.

En una emergencia, llame al número de emergencias local.</translation>
    </message>
    <message>
        <source>A report for support was saved in:
%1</source>
        <translation>Se guardó un informe para soporte en:
%1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Reviewed:</source>
        <translation>Revisado:</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>También se llama:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <source>Jump to claims and evidence</source>
        <translation>Ir a lo que se dice y la evidencia</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
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
        <source>Class:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Full card:</source>
        <translation>Ficha completa:</translation>
    </message>
    <message>
        <source>Recommendation strength:</source>
        <translation>Fuerza de la recomendación:</translation>
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
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>reliability:</source>
        <translation>fiabilidad:</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Generated from the interaction rules. Use the checker to check your own list.</source>
        <translation>Generado a partir de las reglas de interacción. Usa el comprobador para revisar tu propia lista.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultado el</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se encontró nada para «%1»</translation>
    </message>
    <message>
        <source>Not in our data is not the same as safe. Check the spelling, try the generic name on the label, or browse on the left.</source>
        <translation>Que no esté en nuestros datos no significa que sea seguro. Revisa cómo se escribe, prueba con el nombre genérico de la etiqueta o busca en la lista de la izquierda.</translation>
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
        <source>This is not medical advice. In an emergency tap Emergency help or %1.</source>
        <translation>Esto no es consejo médico. En una emergencia toca Ayuda de emergencia o %1.</translation>
    </message>
    <message>
        <source>This is not medical advice. In an emergency press F1 or %1.</source>
        <translation>Esto no es consejo médico. En una emergencia pulsa F1 o %1.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>La entrada seleccionada</translation>
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
    <message>
        <source>call your local emergency number</source>
        <translation>llama a tu número local de emergencias</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llama al %1</translation>
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
    <message>
        <source>Change the emergency number…</source>
        <translation>Cambiar el número de emergencias…</translation>
    </message>
    <message>
        <source>Change the emergency number</source>
        <translation>Cambiar el número de emergencias</translation>
    </message>
</context>
<context>
    <name>EmergencyNumberDialog</name>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>SafeRest shows one emergency number on every screen and in the report. Choose the country you are in.</source>
        <translation>SafeRest muestra un solo número de emergencias en todas las pantallas y en el informe. Elige el país en el que estás.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Number shown</source>
        <translation>Número que se muestra</translation>
    </message>
    <message>
        <source>Automatic: this computer&apos;s region (%1)</source>
        <translation>Automático: la región de este equipo (%1)</translation>
    </message>
    <message>
        <source>Automatic: this computer&apos;s region</source>
        <translation>Automático: la región de este equipo</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Otro país</translation>
    </message>
    <message>
        <source>Call your local emergency number.</source>
        <translation>Llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Se muestra: %1</translation>
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
        <source>%1: %2</source>
        <comment>a health condition, then what it is checked with</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Together on your list: %1; with %2</source>
        <translation>Juntos en tu lista: %1; con %2</translation>
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
    <message>
        <source>No on-screen keyboard: Qt Virtual Keyboard is not installed, so visitors need a hardware keyboard to type. Install SafeRest with the kiosk extra.</source>
        <translation>Sin teclado en pantalla: Qt Virtual Keyboard no está instalado, así que para escribir hace falta un teclado físico. Instala SafeRest con el extra «kiosk».</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>SafeRest is free software under the GNU GPL, version 3 or later. It is built on these components, each under its own licence:</source>
        <translation>SafeRest es software libre bajo la GPL de GNU, versión 3 o posterior. Está hecho con estos componentes, cada uno con su propia licencia:</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
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
    <name>ListLocationNotice</name>
    <message>
        <source>Where your list is kept</source>
        <translation>Dónde se guarda tu lista</translation>
    </message>
    <message>
        <source>Your list is saved on this computer, in %1, so it is still here the next time you open SafeRest. Nothing is sent anywhere.</source>
        <translation>Tu lista se guarda en este equipo, en %1, para que siga aquí la próxima vez que abras SafeRest. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Use a private session</source>
        <translation>Usar una sesión privada</translation>
    </message>
    <message>
        <source>Removes the saved list and saves nothing until SafeRest closes</source>
        <translation>Borra la lista guardada y no guarda nada hasta que cierres SafeRest</translation>
    </message>
    <message>
        <source>Keep saving</source>
        <translation>Seguir guardando</translation>
    </message>
    <message>
        <source>Keep saving my list</source>
        <translation>Seguir guardando mi lista</translation>
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
    <message numerus="yes">
        <source>Problems found in the reference data: %n. Some entries may be missing or incomplete, so results may be incomplete too; the app keeps working with what could be read.</source>
        <translation>
            <numerusform>Se encontró %n problema en los datos de referencia. Puede que falten entradas o estén incompletas, así que los resultados también pueden estar incompletos; la aplicación sigue funcionando con lo que se pudo leer.</numerusform>
            <numerusform>Se encontraron %n problemas en los datos de referencia. Puede que falten entradas o estén incompletas, así que los resultados también pueden estar incompletos; la aplicación sigue funcionando con lo que se pudo leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Ya está abierta</translation>
    </message>
    <message>
        <source>SafeRest is already open in another window, which keeps your saved list. This window shows it and checks what you add, but saves nothing: to keep changes, close this window and use the other one.</source>
        <translation>SafeRest ya está abierta en otra ventana, que guarda tu lista. Esta ventana la muestra y comprueba lo que añadas, pero no guarda nada: para conservar los cambios, cierra esta ventana y usa la otra.</translation>
    </message>
    <message>
        <source>Sleep diary</source>
        <translation>Diario de sueño</translation>
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
        <source>Emergency &amp;number…</source>
        <translation>&amp;Número de emergencias…</translation>
    </message>
    <message>
        <source>P&amp;rivate session (save nothing)</source>
        <translation>Sesión p&amp;rivada (no guardar nada)</translation>
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
    <message>
        <source>Private session</source>
        <translation>Sesión privada</translation>
    </message>
    <message>
        <source>Private session: nothing is saved on this computer. Your list is gone when you close SafeRest.</source>
        <translation>Sesión privada: no se guarda nada en este equipo. Tu lista desaparece cuando cierras SafeRest.</translation>
    </message>
</context>
<context>
    <name>MedicationList</name>
    <message>
        <source>read as %1</source>
        <translation>leído como %1</translation>
    </message>
    <message>
        <source>read as %1 (your choice)</source>
        <translation>leído como %1 (elegido por ti)</translation>
    </message>
    <message>
        <source>not taken: %1</source>
        <translation>no lo tomas: %1</translation>
    </message>
    <message>
        <source>not checked (your choice)</source>
        <translation>no se comprueba (elegido por ti)</translation>
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
    <message>
        <source>as needed</source>
        <translation>cuando lo necesitas</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>dejado el %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dejado</translation>
    </message>
</context>
<context>
    <name>NightForm</name>
    <message>
        <source>Add a night</source>
        <translation>Añadir una noche</translation>
    </message>
    <message>
        <source>Fill this in each morning about last night. Guess the times.</source>
        <translation>Rellénalo cada mañana sobre la noche anterior. Calcula las horas.</translation>
    </message>
    <message>
        <source>&amp;Night of (the evening it began)</source>
        <translation>&amp;Noche (fecha de la tarde en que empezó)</translation>
    </message>
    <message>
        <source>Got &amp;into bed at</source>
        <translation>Me &amp;acosté a las</translation>
    </message>
    <message>
        <source>Started &amp;trying to sleep at</source>
        <translation>Empecé a &amp;intentar dormir a las</translation>
    </message>
    <message>
        <source>Minutes to &amp;fall asleep</source>
        <translation>Minutos en &amp;dormirme</translation>
    </message>
    <message>
        <source>Times &amp;woke up in the night</source>
        <translation>Veces que me desperté por la noc&amp;he</translation>
    </message>
    <message>
        <source>&amp;Minutes awake in total</source>
        <translation>&amp;Minutos despierto en total</translation>
    </message>
    <message>
        <source>Fina&amp;l waking at</source>
        <translation>Despertar &amp;final a las</translation>
    </message>
    <message>
        <source>Got &amp;out of bed at</source>
        <translation>Me &amp;levanté a las</translation>
    </message>
    <message>
        <source>1: very poor</source>
        <translation>1: muy mala</translation>
    </message>
    <message>
        <source>2: poor</source>
        <translation>2: mala</translation>
    </message>
    <message>
        <source>3: fair</source>
        <translation>3: regular</translation>
    </message>
    <message>
        <source>4: good</source>
        <translation>4: buena</translation>
    </message>
    <message>
        <source>5: very good</source>
        <translation>5: muy buena</translation>
    </message>
    <message>
        <source>Sleep &amp;quality</source>
        <translation>&amp;Calidad del sueño</translation>
    </message>
    <message>
        <source>Na&amp;ps yesterday</source>
        <translation>&amp;Siestas ayer</translation>
    </message>
    <message>
        <source>Nap minutes in total</source>
        <translation>Minutos de siesta en total</translation>
    </message>
    <message>
        <source>Taken that day</source>
        <translation>Tomado ese día</translation>
    </message>
    <message>
        <source>From my medication list</source>
        <translation>De mi lista de medicamentos</translation>
    </message>
    <message>
        <source>From my medication list:</source>
        <translation>De mi lista de medicamentos:</translation>
    </message>
    <message>
        <source>&amp;Kratom</source>
        <translation>&amp;Kratom</translation>
    </message>
    <message>
        <source>amount not known</source>
        <translation>cantidad desconocida</translation>
    </message>
    <message>
        <source> g</source>
        <comment>grams</comment>
        <translation> g</translation>
    </message>
    <message>
        <source>Kratom grams</source>
        <translation>Gramos de kratom</translation>
    </message>
    <message>
        <source>Alcoholic &amp;drinks</source>
        <translation>&amp;Bebidas alcohólicas</translation>
    </message>
    <message>
        <source>number not known</source>
        <translation>número desconocido</translation>
    </message>
    <message>
        <source>Number of drinks</source>
        <translation>Número de bebidas</translation>
    </message>
    <message>
        <source>&amp;Caffeine after noon</source>
        <translation>Cafeína &amp;tras el mediodía</translation>
    </message>
    <message>
        <source>&amp;Sleeping pill</source>
        <translation>&amp;Pastilla para dormir</translation>
    </message>
    <message>
        <source>Problem with this night</source>
        <translation>Problema con esta noche</translation>
    </message>
    <message>
        <source>Saved night</source>
        <translation>Noche guardada</translation>
    </message>
    <message>
        <source>Sa&amp;ve this night</source>
        <translation>&amp;Guardar esta noche</translation>
    </message>
    <message>
        <source>Save this night</source>
        <translation>Guardar esta noche</translation>
    </message>
    <message>
        <source>(your medication list is empty)</source>
        <translation>(tu lista de medicamentos está vacía)</translation>
    </message>
    <message>
        <source>The night of %1 was replaced.</source>
        <translation>Se reemplazó la noche del %1.</translation>
    </message>
    <message>
        <source>The night of %1 was saved.</source>
        <translation>Se guardó la noche del %1.</translation>
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
    <name>PackUpdate</name>
    <message>
        <source>none (shipped with the app)</source>
        <translation>ninguna (datos incluidos con la aplicación)</translation>
    </message>
    <message>
        <source>none (not signed)</source>
        <translation>ninguna (sin firmar)</translation>
    </message>
    <message>
        <source>An installed data update could not be used, so SafeRest is using data version %1 instead. %2</source>
        <translation>No se pudo usar una actualización de datos instalada, así que SafeRest usa en su lugar la versión de datos %1. %2</translation>
    </message>
    <message>
        <source>Data update not used</source>
        <translation>Actualización de datos no usada</translation>
    </message>
</context>
<context>
    <name>PackUpdater</name>
    <message>
        <source>&amp;Install data update…</source>
        <translation>Instalar actualización de &amp;datos…</translation>
    </message>
    <message>
        <source>Install data update</source>
        <translation>Instalar actualización de datos</translation>
    </message>
    <message>
        <source>SafeRest data updates (*.zip);;All files (*)</source>
        <translation>Actualizaciones de datos de SafeRest (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The data update was not installed. Nothing was changed.</source>
        <translation>La actualización de datos no se instaló. No se cambió nada.</translation>
    </message>
    <message>
        <source>Data version %1 is already in use. Nothing was changed.</source>
        <translation>La versión de datos %1 ya está en uso. No se cambió nada.</translation>
    </message>
    <message>
        <source>Data version %1 (reviewed %2) is installed. It is signed with key %3. Restart SafeRest to use it.</source>
        <translation>La versión de datos %1 (revisada el %2) está instalada. Está firmada con la clave %3. Reinicia SafeRest para usarla.</translation>
    </message>
    <message>
        <source>Data update result</source>
        <translation>Resultado de la actualización de datos</translation>
    </message>
</context>
<context>
    <name>ReadingCorrection</name>
    <message>
        <source>&amp;Not this?…</source>
        <translation>¿&amp;No es esto?…</translation>
    </message>
    <message>
        <source>Not this? Correct the reading of the selected line</source>
        <translation>¿No es esto? Corregir la lectura de la línea seleccionada</translation>
    </message>
    <message>
        <source>Choose another reading for the selected line, or set it aside so it is not checked. Shortcut: F2.</source>
        <translation>Elige otra lectura para la línea seleccionada, o apártala para que no se compruebe. Atajo: F2.</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <source>Not this? Choose what this line is</source>
        <translation>¿No es esto? Elige qué es esta línea</translation>
    </message>
    <message>
        <source>Choose a reading</source>
        <translation>Elegir una lectura</translation>
    </message>
    <message>
        <source>How this line is read now</source>
        <translation>Cómo se lee ahora esta línea</translation>
    </message>
    <message>
        <source>&amp;Search for what it is, or pick a suggestion below:</source>
        <translation>&amp;Busca qué es, o elige una sugerencia de abajo:</translation>
    </message>
    <message>
        <source>Search for a reading</source>
        <translation>Buscar una lectura</translation>
    </message>
    <message>
        <source>Type a name, e.g. sertraline</source>
        <translation>Escribe un nombre, p. ej. sertralina</translation>
    </message>
    <message>
        <source>Readings to choose from</source>
        <translation>Lecturas para elegir</translation>
    </message>
    <message>
        <source>&amp;Use this reading</source>
        <translation>&amp;Usar esta lectura</translation>
    </message>
    <message>
        <source>Use the selected reading</source>
        <translation>Usar la lectura seleccionada</translation>
    </message>
    <message>
        <source>&amp;Do not check this line</source>
        <translation>No &amp;comprobar esta línea</translation>
    </message>
    <message>
        <source>Do not check this line</source>
        <translation>No comprobar esta línea</translation>
    </message>
    <message>
        <source>Read it from the &amp;words again</source>
        <translation>Leerla otra vez por sus &amp;palabras</translation>
    </message>
    <message>
        <source>Read this line from its words again</source>
        <translation>Leer esta línea otra vez por sus palabras</translation>
    </message>
    <message>
        <source>“%1” is not checked, as you chose.</source>
        <translation>«%1» no se comprueba, como elegiste.</translation>
    </message>
    <message>
        <source>“%1” is read as: %2.</source>
        <translation>«%1» se lee como: %2.</translation>
    </message>
    <message>
        <source>“%1” was not recognised, so it is not checked.</source>
        <translation>«%1» no se reconoció, así que no se comprueba.</translation>
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
        <source>Check these together</source>
        <translation>Comprobar juntos</translation>
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
    <message>
        <source>Check these together: %1</source>
        <translation>Comprobar juntos: %1</translation>
    </message>
    <message>
        <source>Adds %1 to your list and shows how they interact</source>
        <translation>Añade %1 a tu lista y muestra cómo interactúan</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This report is general information from the SafeRest reference data, not medical advice. It only covers combinations our data has rules for: no known interaction is not a promise of safety. Items we did not recognise were not checked. Talk to a pharmacist, doctor or harm-reduction worker before changing what you take. In an emergency %1.</source>
        <translation>Este informe es información general de los datos de referencia de SafeRest, no consejo médico. Solo cubre las combinaciones para las que nuestros datos tienen reglas: que no haya una interacción conocida no es una promesa de seguridad. Lo que no reconocimos no se comprobó. Habla con tu farmacéutico, tu médico o alguien de reducción de daños antes de cambiar lo que tomas. En una emergencia %1.</translation>
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
        <source>not checked, as you chose</source>
        <translation>no se comprueba, como elegiste</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(elegido por ti)</translation>
    </message>
    <message>
        <source>not taken: %1</source>
        <translation>no lo tomas: %1</translation>
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
        <source>What was found, worst first</source>
        <translation>Lo que se encontró, lo más grave primero</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The next steps, and help for other emergencies, are under Emergency help in SafeRest.</source>
        <translation>Los pasos siguientes, y la ayuda para otras emergencias, están en Ayuda de emergencia de SafeRest.</translation>
    </message>
    <message>
        <source>signing key %1</source>
        <translation>clave de firma %1</translation>
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
        <source>Fewer than two recognised items in use: nothing to check.</source>
        <translation>Menos de dos elementos reconocidos en uso: nada que comprobar.</translation>
    </message>
    <message>
        <source>No known interaction was found between the recognised items.</source>
        <translation>No se encontró ninguna interacción conocida entre los elementos reconocidos.</translation>
    </message>
    <message>
        <source>No known interaction:</source>
        <translation>Sin interacción conocida:</translation>
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
        <source>Emergency help</source>
        <translation>Ayuda de emergencia</translation>
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
        <source>not checked, as you chose</source>
        <translation>no se comprueba, como elegiste</translation>
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
    <name>ResultsView</name>
    <message numerus="yes">
        <source>open, %n line(s) inside</source>
        <translation>
            <numerusform>abierto, %n línea dentro</numerusform>
            <numerusform>abierto, %n líneas dentro</numerusform>
        </translation>
    </message>
    <message>
        <source>closed, press Space to open</source>
        <translation>cerrado, pulsa Espacio para abrirlo</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrado)</translation>
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
        <source>proven</source>
        <translation>demostrada</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>deducida</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>hipotética</translation>
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
    <name>SleepChart</name>
    <message>
        <source>Sleep chart</source>
        <translation>Gráfico del sueño</translation>
    </message>
</context>
<context>
    <name>SleepDiary</name>
    <message>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <source>%1: not logged</source>
        <translation>%1: sin anotar</translation>
    </message>
    <message>
        <source>%1: in bed %2, asleep %3, sleep efficiency %4</source>
        <translation>%1: en la cama %2, dormido %3, eficiencia del sueño %4</translation>
    </message>
    <message>
        <source>(nights averaged: %1)</source>
        <translation>(noches promediadas: %1)</translation>
    </message>
    <message>
        <source>taken: %1</source>
        <translation>tomado: %1</translation>
    </message>
    <message>
        <source>No nights logged yet.</source>
        <translation>Aún no hay noches anotadas.</translation>
    </message>
    <message>
        <source>The chart needs more room.</source>
        <translation>El gráfico necesita más espacio.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Time in bed</source>
        <translation>Tiempo en la cama</translation>
    </message>
    <message>
        <source>Time asleep</source>
        <translation>Tiempo dormido</translation>
    </message>
    <message>
        <source>Sleep efficiency (right)</source>
        <translation>Eficiencia del sueño (derecha)</translation>
    </message>
    <message>
        <source>Sleep diary: nights of %1 to %2</source>
        <translation>Diario de sueño: noches del %1 al %2</translation>
    </message>
    <message>
        <source>Averages over %1 night(s): in bed %2, asleep %3, %4 to fall asleep, %5 awake after first falling asleep, sleep efficiency %6, quality %7 of 5.</source>
        <translation>Promedios de %1 noche(s): en la cama %2, dormido %3, %4 en dormirse, %5 despierto después de dormirse por primera vez, eficiencia del sueño %6, calidad %7 de 5.</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Noche del</translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>En la cama</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Dormido</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Eficiencia del sueño</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <source>%1: %2 night(s) with, sleep efficiency %3; %4 night(s) without, %5</source>
        <translation>%1: %2 noche(s) con, eficiencia del sueño %3; %4 noche(s) sin, %5</translation>
    </message>
    <message>
        <source>Sleep window in use: %1, bed at %2, up at %3 (started %4).</source>
        <translation>Ventana de sueño en uso: %1, a la cama a las %2, levantarse a las %3 (empezó el %4).</translation>
    </message>
    <message>
        <source>No sleep window: a safety question was answered yes.</source>
        <translation>Sin ventana de sueño: se respondió «sí» a una pregunta de seguridad.</translation>
    </message>
    <message>
        <source>Filled in by the person each morning (Consensus Sleep Diary questions); the times are their estimates.</source>
        <translation>Rellenado por la persona cada mañana (preguntas del Diario de Sueño de Consenso); las horas son sus estimaciones.</translation>
    </message>
    <message>
        <source>These are only averages. A few nights prove nothing: many things change from night to night, so a difference here does not show that a substance made sleep better or worse.</source>
        <translation>Son solo promedios. Unas pocas noches no prueban nada: muchas cosas cambian de una noche a otra, así que una diferencia aquí no muestra que una sustancia haya mejorado o empeorado el sueño.</translation>
    </message>
    <message>
        <source>Taken that day</source>
        <translation>Tomado ese día</translation>
    </message>
    <message>
        <source>Nights with</source>
        <translation>Noches con</translation>
    </message>
    <message>
        <source>Sleep efficiency with</source>
        <translation>Eficiencia del sueño con</translation>
    </message>
    <message>
        <source>Minutes to fall asleep with</source>
        <translation>Minutos en dormirse con</translation>
    </message>
    <message>
        <source>Nights without</source>
        <translation>Noches sin</translation>
    </message>
    <message>
        <source>Sleep efficiency without</source>
        <translation>Eficiencia del sueño sin</translation>
    </message>
    <message>
        <source>Minutes to fall asleep without</source>
        <translation>Minutos en dormirse sin</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>long date, a QLocale pattern</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>short date, a QLocale pattern</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Minutes and counts cannot be below zero.</source>
        <translation>Los minutos y las cantidades no pueden ser menores que cero.</translation>
    </message>
    <message>
        <source>One of the numbers is larger than a day and a night allow.</source>
        <translation>Uno de los números es mayor de lo que permiten un día y una noche.</translation>
    </message>
    <message>
        <source>Sleep quality goes from 1 to 5.</source>
        <translation>La calidad del sueño va de 1 a 5.</translation>
    </message>
    <message>
        <source>You started trying to sleep before you got into bed. Check both times.</source>
        <translation>Empezaste a intentar dormir antes de acostarte. Revisa las dos horas.</translation>
    </message>
    <message>
        <source>Your final waking time is before you started trying to sleep. Check both times.</source>
        <translation>Tu hora de despertar final es anterior a cuando empezaste a intentar dormir. Revisa las dos horas.</translation>
    </message>
    <message>
        <source>You got out of bed before your final waking. Check both times.</source>
        <translation>Te levantaste antes de tu despertar final. Revisa las dos horas.</translation>
    </message>
    <message>
        <source>That is more than 24 hours in bed. Check the times.</source>
        <translation>Eso es más de 24 horas en la cama. Revisa las horas.</translation>
    </message>
    <message>
        <source>The minutes to fall asleep and awake add up to more than the whole night. Check them.</source>
        <translation>Los minutos en dormirte y despierto suman más que toda la noche. Revísalos.</translation>
    </message>
    <message>
        <source>You noted minutes awake in the night but no awakenings. How many times did you wake up?</source>
        <translation>Anotaste minutos despierto por la noche pero ningún despertar. ¿Cuántas veces te despertaste?</translation>
    </message>
    <message>
        <source>The bedtime does not belong to that night.</source>
        <translation>La hora de acostarte no corresponde a esa noche.</translation>
    </message>
    <message>
        <source>That night has not ended yet. Fill it in the morning.</source>
        <translation>Esa noche aún no ha terminado. Rellénala por la mañana.</translation>
    </message>
    <message>
        <source>Something in “Taken that day” cannot be read. Check it.</source>
        <translation>Algo en «Tomado ese día» no se puede leer. Revísalo.</translation>
    </message>
    <message>
        <source>Kratom</source>
        <translation>Kratom</translation>
    </message>
    <message>
        <source>Alcoholic drinks</source>
        <translation>Bebidas alcohólicas</translation>
    </message>
    <message>
        <source>Caffeine after noon</source>
        <translation>Cafeína después del mediodía</translation>
    </message>
    <message>
        <source>Sleeping pill</source>
        <translation>Pastilla para dormir</translation>
    </message>
    <message>
        <source>%1 g</source>
        <comment>grams of kratom</comment>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>number of drinks</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Have you ever been told you have bipolar disorder?</source>
        <translation>¿Alguna vez te han dicho que tienes trastorno bipolar?</translation>
    </message>
    <message>
        <source>Do you have epilepsy or have you had seizures?</source>
        <translation>¿Tienes epilepsia o has tenido convulsiones?</translation>
    </message>
    <message>
        <source>Do you snore loudly, stop breathing or gasp in your sleep, or fall asleep without meaning to in the day?</source>
        <translation>¿Roncas fuerte, dejas de respirar o jadeas mientras duermes, o te duermes sin querer durante el día?</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>¿Estás embarazada?</translation>
    </message>
    <message>
        <source>Do you drive or work with machines or at heights in the coming weeks?</source>
        <translation>¿Vas a manejar o trabajar con máquinas o en alturas en las próximas semanas?</translation>
    </message>
    <message>
        <source>Have you fallen in the past year, or are you unsteady at night?</source>
        <translation>¿Te has caído en el último año o eres inestable por la noche?</translation>
    </message>
    <message>
        <source>90% or more: the window grows by 15 minutes</source>
        <translation>90 % o más: la ventana crece 15 minutos</translation>
    </message>
    <message>
        <source>under 85%: the window shrinks by 15 minutes</source>
        <translation>menos del 85 %: la ventana se reduce 15 minutos</translation>
    </message>
    <message>
        <source>between 85% and 90%: the window stays the same</source>
        <translation>entre el 85 % y el 90 %: la ventana sigue igual</translation>
    </message>
    <message>
        <source>under 85%, but the window is already at the 5½-hour minimum</source>
        <translation>menos del 85 %, pero la ventana ya está en el mínimo de 5 horas y media</translation>
    </message>
    <message>
        <source>fewer than 5 nights logged: the window stays the same</source>
        <translation>menos de 5 noches anotadas: la ventana sigue igual</translation>
    </message>
</context>
<context>
    <name>SleepDiaryView</name>
    <message>
        <source>Export sleep diary</source>
        <translation>Exportar el diario de sueño</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Delete the sleep diary?</source>
        <translation>¿Borrar el diario de sueño?</translation>
    </message>
    <message>
        <source>Delete every night, your answers and your sleep window from this computer? Damaged copies kept beside the diary are deleted too. This cannot be undone.</source>
        <translation>¿Borrar de este ordenador todas las noches, tus respuestas y tu ventana de sueño? También se borran las copias dañadas guardadas junto al diario. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Sleep diary</source>
        <translation>Diario de sueño</translation>
    </message>
    <message numerus="yes">
        <source>Your sleep diary file was damaged. Every night that could be read was kept (%n line(s) could not be read). The damaged file was kept as %1.</source>
        <translation>
            <numerusform>El archivo de tu diario de sueño estaba dañado. Se conservaron todas las noches que se pudieron leer (%n línea no se pudo leer). El archivo dañado se guardó como %1.</numerusform>
            <numerusform>El archivo de tu diario de sueño estaba dañado. Se conservaron todas las noches que se pudieron leer (%n líneas no se pudieron leer). El archivo dañado se guardó como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sleep diary recovered</source>
        <translation>Diario de sueño recuperado</translation>
    </message>
    <message>
        <source>Sleep diary not saved</source>
        <translation>Diario de sueño sin guardar</translation>
    </message>
    <message>
        <source>Sleep diary sections</source>
        <translation>Secciones del diario de sueño</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Sleep window</source>
        <translation>Ventana de sueño</translation>
    </message>
    <message>
        <source>Substances beside sleep</source>
        <translation>Sustancias y sueño</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Last 14 &amp;nights</source>
        <translation>Últimas 14 &amp;noches</translation>
    </message>
    <message>
        <source>By &amp;week</source>
        <translation>Por &amp;semana</translation>
    </message>
    <message>
        <source>Sleep chart summary</source>
        <translation>Resumen del gráfico del sueño</translation>
    </message>
    <message>
        <source>About this comparison</source>
        <translation>Sobre esta comparación</translation>
    </message>
    <message>
        <source>Logged nights</source>
        <translation>Noches anotadas</translation>
    </message>
    <message>
        <source>Remove the selected &amp;night</source>
        <translation>&amp;Quitar la noche seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected night</source>
        <translation>Quitar la noche seleccionada</translation>
    </message>
    <message>
        <source>Add a diary page to the printed &amp;report</source>
        <translation>Añadir una página del diario al &amp;informe impreso</translation>
    </message>
    <message>
        <source>&amp;Export sleep diary…</source>
        <translation>&amp;Exportar el diario de sueño…</translation>
    </message>
    <message>
        <source>&amp;Delete sleep diary…</source>
        <translation>&amp;Borrar el diario de sueño…</translation>
    </message>
    <message>
        <source>Delete sleep diary</source>
        <translation>Borrar el diario de sueño</translation>
    </message>
    <message>
        <source>The sleep diary could not be saved: %1</source>
        <translation>No se pudo guardar el diario de sueño: %1</translation>
    </message>
    <message>
        <source>Sleep diary %1</source>
        <translation>Diario de sueño %1</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
</context>
<context>
    <name>SleepWindowPanel</name>
    <message>
        <source>Sleep window</source>
        <translation>Ventana de sueño</translation>
    </message>
    <message>
        <source>Before any sleep window: six questions</source>
        <translation>Antes de cualquier ventana de sueño: seis preguntas</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Preguntas de seguridad</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>&amp;Wake time I will keep every day:</source>
        <translation>&amp;Hora de levantarme que mantendré cada día:</translation>
    </message>
    <message>
        <source>Wake time I will keep every day</source>
        <translation>Hora de levantarme que mantendré cada día</translation>
    </message>
    <message>
        <source>S&amp;tart this sleep window</source>
        <translation>&amp;Empezar esta ventana de sueño</translation>
    </message>
    <message>
        <source>Start this sleep window</source>
        <translation>Empezar esta ventana de sueño</translation>
    </message>
    <message>
        <source>Stop the sleep &amp;window</source>
        <translation>&amp;Detener la ventana de sueño</translation>
    </message>
    <message>
        <source>Stop the sleep window</source>
        <translation>Detener la ventana de sueño</translation>
    </message>
    <message>
        <source>Sleep window advice</source>
        <translation>Consejos de la ventana de sueño</translation>
    </message>
    <message numerus="yes">
        <source>A sleep window is worked out from a week of your diary. Log %n more night(s) (within the last two weeks).</source>
        <translation>
            <numerusform>La ventana de sueño se calcula con una semana de tu diario. Anota %n noche más (dentro de las últimas dos semanas).</numerusform>
            <numerusform>La ventana de sueño se calcula con una semana de tu diario. Anota %n noches más (dentro de las últimas dos semanas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the six questions above first. Some health problems and jobs make sleep restriction unsafe without a clinician.</source>
        <translation>Responde primero las seis preguntas de arriba. Algunos problemas de salud y trabajos hacen que la restricción del sueño no sea segura sin un profesional de salud.</translation>
    </message>
    <message>
        <source>No sleep window is shown, because of your answer(s) below. Sleep restriction is not safe to start on your own in this case: talk to a doctor or clinician first. Take your diary with you.</source>
        <translation>No se muestra ninguna ventana de sueño por tu(s) respuesta(s) de abajo. En este caso no es seguro empezar la restricción del sueño por tu cuenta: habla antes con un médico o profesional de salud. Lleva tu diario.</translation>
    </message>
    <message>
        <source>Ask a doctor before trying it.</source>
        <translation>Pregunta a un médico antes de probarla.</translation>
    </message>
    <message>
        <source>Over your last week you slept %1 a night on average.</source>
        <translation>En tu última semana dormiste %1 por noche en promedio.</translation>
    </message>
    <message>
        <source>Suggested window: %1, going to bed at %2 to get up at %3.</source>
        <translation>Ventana sugerida: %1, acostarte a las %2 para levantarte a las %3.</translation>
    </message>
    <message>
        <source>Your average was shorter, but the window never goes below %1.</source>
        <translation>Tu promedio fue más corto, pero la ventana nunca baja de %1.</translation>
    </message>
    <message>
        <source>Choose the wake time you can keep every day, then press “Start this sleep window”.</source>
        <translation>Elige la hora de levantarte que puedas mantener cada día y pulsa «Empezar esta ventana de sueño».</translation>
    </message>
    <message>
        <source>Your window now: %1. Go to bed at %2 and get up at %3.</source>
        <translation>Tu ventana ahora: %1. Acuéstate a las %2 y levántate a las %3.</translation>
    </message>
    <message>
        <source>Started on %1 at %2.</source>
        <translation>Empezó el %1 con %2.</translation>
    </message>
    <message>
        <source>After the first full week, your sleep efficiency decides the next step.</source>
        <translation>Después de la primera semana completa, tu eficiencia del sueño decide el siguiente paso.</translation>
    </message>
    <message>
        <source>Week of %1: %2 night(s), sleep efficiency %3; %4. Window: %5.</source>
        <translation>Semana del %1: %2 noche(s), eficiencia del sueño %3; %4. Ventana: %5.</translation>
    </message>
    <message>
        <source>SafeRest never gives doses or a plan for reducing. Make that plan with a doctor, pharmacist or drug service.</source>
        <translation>SafeRest nunca da dosis ni un plan para reducir. Haz ese plan con un médico, un farmacéutico o un servicio de adicciones.</translation>
    </message>
    <message>
        <source>More:</source>
        <translation>Más:</translation>
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
    <name>TakeHomeButtons</name>
    <message>
        <source>Take this home</source>
        <translation>Llévatelo a casa</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation>Enviar a mi teléfono</translation>
    </message>
    <message>
        <source>Take this card home as a QR code</source>
        <translation>Llevarme esta ficha como código QR</translation>
    </message>
    <message>
        <source>Send my list to my phone</source>
        <translation>Enviar mi lista a mi teléfono</translation>
    </message>
    <message>
        <source>Take my list home as a QR code</source>
        <translation>Llevarme mi lista como código QR</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <source>Take this home</source>
        <translation>Llévatelo a casa</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>A QR code that holds the text shown beside it.</source>
        <translation>Un código QR que contiene el texto que aparece al lado.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: your phone shows this text and can keep it. Nothing is sent anywhere, and the code disappears when you leave.</source>
        <translation>Apunta la cámara de tu teléfono al código: el teléfono mostrará este texto y podrás guardarlo. No se envía nada a ningún sitio, y el código desaparece cuando te vas.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code to keep this text on your phone. Nothing is sent over the internet: the code holds only the text below.</source>
        <translation>Apunta la cámara de tu teléfono al código para guardar este texto en el teléfono. No se envía nada por internet: el código solo contiene el texto de abajo.</translation>
    </message>
    <message>
        <source>Text in the code</source>
        <translation>Texto del código</translation>
    </message>
    <message>
        <source>Not everything fits in one code, so it holds a summary, worst first; what is left out is counted (“and 3 more”).</source>
        <translation>No cabe todo en un solo código, así que contiene un resumen, empezando por lo más grave; lo que falta se cuenta («y 3 más»).</translation>
    </message>
    <message>
        <source>Summary note</source>
        <translation>Nota sobre el resumen</translation>
    </message>
    <message>
        <source>Close the QR code</source>
        <translation>Cerrar el código QR</translation>
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
    <message>
        <source>if you stopped in the last few days, add when (for example “stopped 3 days ago”) so it is checked while it may still act</source>
        <translation>si lo dejaste en los últimos días, añade cuándo (por ejemplo «lo dejé hace 3 días») para que se compruebe mientras aún pueda actuar</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Not supported</source>
        <translation>No respaldada</translation>
    </message>
    <message>
        <source>Partly supported</source>
        <translation>Respaldada en parte</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Respaldada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
</context>
</TS>
