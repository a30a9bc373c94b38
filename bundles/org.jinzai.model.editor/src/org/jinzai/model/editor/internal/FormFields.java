package org.jinzai.model.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.jinzai.model.provider.labels.ModelLabels;

/**
 * The single-valued features of a model element as a form: a label and a field per feature (a text, or a choice for
 * enumerations, yes/no and references). A value is set when the field is left or Enter is pressed, by the
 * Properties view's command (undo, dirty mark); a value that is not of the feature's type is refused and said so
 * beside the field. Validation problems of the element are shown beside their field too.
 */
public final class FormFields {

    private final PropertySources properties;
    private final EObject object;
    private final Map<EStructuralFeature, Control> fields = new LinkedHashMap<>();
    private final Map<EStructuralFeature, ControlDecoration> decorations = new LinkedHashMap<>();
    private final Map<EStructuralFeature, List<Object>> choices = new LinkedHashMap<>();
    /** Fields whose text was refused (kept until the user changes it or the value changes). */
    private final Map<EStructuralFeature, String> refused = new LinkedHashMap<>();
    /** The value each text field last showed from the model. */
    private final Map<EStructuralFeature, String> shown = new LinkedHashMap<>();

    FormFields(Composite parent, PropertySources properties, EObject object, List<EStructuralFeature> features) {
        this.properties = properties;
        this.object = object;
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        for (EStructuralFeature feature : features) {
            IPropertyDescriptor descriptor = properties.descriptor(object, feature);
            if (feature instanceof EReference reference && reference.isContainment()) {
                // where the rates came from: text beside them, read only
                Label label = new Label(form, SWT.NONE);
                label.setText(PropertySources.featureLabel(reference) + ":"); //$NON-NLS-1$
                Label value = new Label(form, SWT.WRAP);
                label.setToolTipText(PropertySources.tooltip(object, reference));
                value.setToolTipText(label.getToolTipText());
                GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(12, 0).applyTo(value);
                notes.put(feature, value);
                continue;
            }
            if (descriptor == null) {
                continue;
            }
            Label label = new Label(form, SWT.NONE);
            label.setText(descriptor.getDisplayName() + ":"); //$NON-NLS-1$
            label.setToolTipText(descriptor.getDescription());
            Control field = field(form, feature, descriptor);
            // what the value means, its unit and what may be typed: on the field itself, where the mouse is
            field.setToolTipText(descriptor.getDescription());
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(12, 0).applyTo(field);
            ControlDecoration decoration = new ControlDecoration(field, SWT.LEFT | SWT.TOP);
            decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
            decoration.hide();
            fields.put(feature, field);
            decorations.put(feature, decoration);
        }
        refresh();
    }

    private Control field(Composite form, EStructuralFeature feature, IPropertyDescriptor descriptor) {
        boolean choice = !(feature instanceof EAttribute attribute) || attribute.getEAttributeType() instanceof EEnum
                || attribute.getEAttributeType().getInstanceClass() == boolean.class
                || attribute.getEAttributeType().getInstanceClass() == Boolean.class;
        boolean editable = properties.canSet(object, feature);
        if (choice) {
            Combo combo = WheelGuard.protect(new Combo(form, SWT.READ_ONLY));
            List<Object> values = new ArrayList<>();
            Collection<?> known = choicesOf(feature);
            values.addAll(known);
            for (Object value : values) {
                combo.add(value == null ? "" : label(feature, value)); //$NON-NLS-1$
            }
            choices.put(feature, values);
            combo.setEnabled(editable);
            combo.addListener(SWT.Selection, e -> set(feature, values.get(combo.getSelectionIndex())));
            return combo;
        }
        Text text = new Text(form, SWT.BORDER);
        text.setEditable(editable);
        text.addListener(SWT.DefaultSelection, e -> commit(feature, text));
        text.addListener(SWT.FocusOut, e -> commit(feature, text));
        return text;
    }

    private Collection<?> choicesOf(EStructuralFeature feature) {
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum type) {
            List<Object> literals = new ArrayList<>();
            type.getELiterals().forEach(literal -> literals.add(literal.getInstance()));
            return literals;
        }
        if (feature instanceof EAttribute) {
            return List.of(Boolean.TRUE, Boolean.FALSE);
        }
        // references: the item property descriptor knows the candidates
        Collection<?> values = properties.choices(object, feature);
        return values == null ? List.of() : values;
    }

    private String label(EStructuralFeature feature, Object value) {
        if (value instanceof Boolean yes) {
            return PropertySources.yesNo(yes);
        }
        if (value instanceof EObject element && PropertySources.name(element) != null) {
            // a reference by the name of what it refers to (the label says what kind it is)
            return PropertySources.name(element);
        }
        IPropertyDescriptor descriptor = properties.descriptor(object, feature);
        return descriptor.getLabelProvider().getText(value);
    }

    private void commit(EStructuralFeature feature, Text text) {
        String typed = text.getText().strip();
        if (typed.equals(properties.text(object, feature)) && !refused.containsKey(feature)) {
            return;
        }
        if (feature instanceof EAttribute attribute) {
            try {
                PropertySources.fromText(object, attribute, typed);
            } catch (RuntimeException e) {
                // a rate outside 0–100% in percent words, else what the value must be
                refused.put(feature, PropertySources.refusal(object, attribute, typed, e));
                showDecorations(null);
                return;
            }
        }
        refused.remove(feature);
        showDecorations(null);
        set(feature, typed);
        // what the field shows is now the model's value
        shown.put(feature, text.getText());
    }

    /** What a value must be, in words ("a whole number"). */
    static String typeName(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return Messages.Type_wholeNumber;
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return Messages.Type_number;
        }
        return attribute.getEAttributeType().getName();
    }

    private void set(EStructuralFeature feature, Object value) {
        IPropertySource source = properties.getPropertySource(object);
        IPropertyDescriptor descriptor = properties.descriptor(object, feature);
        source.setPropertyValue(descriptor.getId(), value);
    }

    /** Texts shown beside the fields, read only: where the estimated rates came from. */
    private final Map<EStructuralFeature, Label> notes = new LinkedHashMap<>();

    /** Shows the model's values (after any command). */
    public void refresh() {
        for (Label note : notes.values()) {
            if (!note.isDisposed()) {
                String text = ModelLabels.provenance(object);
                note.setText(text.isEmpty() ? Messages.Estimate_none : text);
            }
        }
        for (Map.Entry<EStructuralFeature, Control> entry : fields.entrySet()) {
            Control field = entry.getValue();
            if (field.isDisposed()) {
                continue;
            }
            EStructuralFeature feature = entry.getKey();
            if (field instanceof Text text) {
                // a field being typed into keeps what was typed; otherwise it shows the model (also after undo)
                boolean typing = text.isFocusControl() && !text.getText().equals(shown.get(feature));
                if (!refused.containsKey(feature) && !typing) {
                    String value = properties.text(object, feature);
                    text.setText(value);
                    shown.put(feature, value);
                }
            } else if (field instanceof Combo combo) {
                combo.select(choices.get(feature).indexOf(object.eGet(feature)));
            }
        }
    }

    /** The validation problems of this element beside their fields (and values that were refused). */
    public void showDecorations(Diagnostic validation) {
        Map<EStructuralFeature, String> problems = new LinkedHashMap<>(refused);
        if (validation != null) {
            lastValidation = validation;
        }
        if (lastValidation != null) {
            for (Diagnostic child : lastValidation.getChildren()) {
                List<?> data = child.getData();
                if (child.getSeverity() >= Diagnostic.WARNING && data.size() >= 2 && data.get(0) == object
                        && data.get(1) instanceof EStructuralFeature feature) {
                    problems.merge(feature, child.getMessage(), (a, b) -> a + "\n" + b); //$NON-NLS-1$
                }
            }
        }
        for (Map.Entry<EStructuralFeature, ControlDecoration> entry : decorations.entrySet()) {
            String problem = problems.get(entry.getKey());
            if (entry.getValue().getControl() == null || entry.getValue().getControl().isDisposed()) {
                continue;
            }
            if (problem == null) {
                entry.getValue().hide();
            } else {
                entry.getValue().setDescriptionText(problem);
                entry.getValue().show();
            }
        }
    }

    private Diagnostic lastValidation;

    /** The problem shown beside a feature's field, or null. */
    public String problem(EStructuralFeature feature) {
        ControlDecoration decoration = decorations.get(feature);
        return decoration != null && decoration.isVisible() ? decoration.getDescriptionText() : null;
    }

    /** The features this form shows, in their order (for tests). */
    public List<EStructuralFeature> features() {
        return List.copyOf(fields.keySet());
    }

    /** The element whose values this form shows. */
    public EObject element() {
        return object;
    }

    /** The field of a feature (for tests and focus). */
    public Control field(EStructuralFeature feature) {
        return fields.get(feature);
    }
}
