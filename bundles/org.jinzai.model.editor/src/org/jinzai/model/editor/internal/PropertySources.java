package org.jinzai.model.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.jinzai.model.provider.JinzaiEditPlugin;
import org.jinzai.model.util.RotationRules;
import org.jinzai.model.validation.JinzaiValidator;
import org.jinzai.model.validation.Rates;

/**
 * The Properties view for model elements, from EMF's {@link IItemPropertySource}. Values are set through
 * the item property descriptors, which execute commands on the editing domain: every change in the
 * Properties view can be undone. Single values get a text or a choice editor; lists are shown read-only
 * (edit them in the tree).
 */
public final class PropertySources implements IPropertySourceProvider {

    private final AdapterFactory factory;

    PropertySources(AdapterFactory factory) {
        this.factory = factory;
    }

    /**
     * The Properties-view descriptor of one feature of an object, whose cell editor and {@link IPropertySource}
     * set the value by a command; null when the object has no descriptor for it.
     */
    IPropertyDescriptor descriptor(Object object, Object feature) {
        IPropertySource source = getPropertySource(object);
        if (source == null) {
            return null;
        }
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (((Descriptor) descriptor).item.getFeature(object) == feature) {
                return descriptor;
            }
        }
        return null;
    }

    /** Whether a property is shown: not the hard choice or weight of a rule that has none ({@link RotationRules#applies}). */
    private static boolean applies(Object object, IItemPropertyDescriptor item) {
        return !(object instanceof EObject element) || RotationRules.applies(element, item.getFeature(object));
    }

    /** Whether the Properties view lets a feature of an object be set. */
    boolean canSet(Object object, Object feature) {
        IItemPropertyDescriptor item = item(object, feature);
        return item != null && item.canSetProperty(object);
    }

    /** Item descriptors by class and feature (the item providers are shared by all elements of a class). */
    private final java.util.Map<Object, java.util.Map<Object, IItemPropertyDescriptor>> items = new java.util.HashMap<>();

    /** The choices the Properties view offers for a feature (references: the candidates), or null. */
    Collection<?> choices(Object object, Object feature) {
        IItemPropertyDescriptor item = item(object, feature);
        return item == null ? null : item.getChoiceOfValues(object);
    }

    /** The name the Properties view gives a feature, or null when it has no descriptor there (containments). */
    String displayName(Object object, Object feature) {
        IItemPropertyDescriptor item = item(object, feature);
        return item == null ? null : item.getDisplayName(object);
    }

    private IItemPropertyDescriptor item(Object object, Object feature) {
        Object type = object instanceof org.eclipse.emf.ecore.EObject e ? e.eClass() : object.getClass();
        return items.computeIfAbsent(type, t -> {
            java.util.Map<Object, IItemPropertyDescriptor> byFeature = new java.util.HashMap<>();
            IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
            if (source != null) {
                for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
                    if (applies(object, item)) {
                        byFeature.put(item.getFeature(object), item);
                    }
                }
            }
            return byFeature;
        }).get(feature);
    }

    /** The value of a feature as the Properties view shows it (enumerations and references by their labels). */
    public String text(Object object, Object feature) {
        IItemPropertyDescriptor item = item(object, feature);
        if (item == null) {
            return ""; //$NON-NLS-1$
        }
        Object value = item.getPropertyValue(object);
        if (value instanceof IItemPropertySource wrapper) {
            value = wrapper.getEditableValue(object);
        }
        if (value instanceof Number number && isRate(object, feature)) {
            return Rates.percent(number.doubleValue());
        }
        if (value instanceof org.eclipse.emf.ecore.EObject element && name(element) != null) {
            // a reference by the name of what it refers to (the column already says what kind it is)
            return name(element);
        }
        return value == null ? "" : value instanceof Boolean yes ? yesNo(yes) : item.getLabelProvider(object).getText(value); //$NON-NLS-1$
    }

    /** Whether a feature of an element holds a rate, shown and typed as a percentage (the model's definition). */
    static boolean isRate(Object object, Object feature) {
        // no element (the header of an empty table): the attributes that are always rates
        return object instanceof EObject element ? Rates.isRate(element, feature) : Rates.isRate(feature);
    }

    /** A feature's label in the edit bundle (as its property descriptor names it; containments have none), else its name. */
    static String featureLabel(EStructuralFeature feature) {
        try {
            return JinzaiEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() //$NON-NLS-1$ //$NON-NLS-2$
                    + "_feature"); //$NON-NLS-1$
        } catch (java.util.MissingResourceException e) {
            return feature.getName();
        }
    }

    /**
     * What a feature means to a planner, with its unit (the edit bundle's {@code _UI_Class_feature_description}), or
     * null when it has none.
     */
    static String description(Object feature) {
        if (!(feature instanceof EStructuralFeature structural)) {
            return null;
        }
        try {
            return JinzaiEditPlugin.INSTANCE.getString("_UI_" + structural.getEContainingClass().getName() + "_" //$NON-NLS-1$ //$NON-NLS-2$
                    + structural.getName() + "_description"); //$NON-NLS-1$
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    /**
     * The tooltip of a feature's field, column and Properties-view row: what it means and its unit, then the values
     * allowed, from the validator's bounds (a rate from 0 to 100%); null when the feature has no description.
     */
    static String tooltip(Object object, Object feature) {
        String description = description(feature);
        if (description == null) {
            return null;
        }
        String allowed = null;
        if (isRate(object, feature)) {
            allowed = Messages.Tip_rate;
        } else if (feature instanceof EAttribute attribute && JinzaiValidator.isFullTimeEquivalent(attribute)) {
            allowed = Messages.Tip_fte;
        } else if (feature instanceof EAttribute attribute && JinzaiValidator.range(attribute) != null) {
            double[] range = JinzaiValidator.range(attribute);
            allowed = NLS.bind(Messages.Tip_range, JinzaiValidator.bound(range[0]), JinzaiValidator.bound(range[1]));
        } else if (feature instanceof EAttribute attribute && Number.class.isAssignableFrom(boxed(attribute.getEAttributeType().getInstanceClass()))) {
            allowed = Messages.Tip_nonNegative;
        }
        return allowed == null ? description : description + "\n" + allowed; //$NON-NLS-1$
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == null || !type.isPrimitive()) {
            return type == null ? Object.class : type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == double.class ? Double.class
                : type == float.class ? Float.class : type == short.class ? Short.class : type == byte.class ? Byte.class : Object.class;
    }

    /**
     * The value a text means for a feature of an element: a rate from a percentage ("5", "5%", "５％" → 0.05), any other
     * attribute as its type reads it. Throws {@link Rates.OutOfRange} for a percentage outside 0–100 and another
     * {@link RuntimeException} for a text that is not of the type.
     */
    static Object fromText(Object object, EAttribute attribute, String text) {
        if (isRate(object, attribute)) {
            return Rates.parsePercent(text);
        }
        return EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
    }

    /** Why a text is refused for a feature, in words ("「150」：0～100%で入力してください"). */
    static String refusal(Object object, EAttribute attribute, String text, RuntimeException e) {
        if (e instanceof Rates.OutOfRange) {
            return NLS.bind(Messages.Rate_outOfRange, text);
        }
        return NLS.bind(Messages.Property_invalidValue, text,
                isRate(object, attribute) ? Messages.Type_percent : FormFields.typeName(attribute));
    }

    /** The name of a named element, or null. */
    static String name(org.eclipse.emf.ecore.EObject element) {
        org.eclipse.emf.ecore.EStructuralFeature name = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        Object value = name == null ? null : element.eGet(name);
        String text = value instanceof String named && !named.isBlank() ? named : null;
        // a scenario referred to from another file (a region's member): with its municipality, as 「あおば町 › 現状維持」
        if (text != null && element instanceof org.jinzai.model.Scenario scenario && scenario.getBaseline() != null
                && !scenario.getBaseline().eIsProxy() && scenario.getBaseline().getOrganization() != null
                && scenario.getBaseline().getOrganization().getName() != null) {
            return NLS.bind(Messages.Value_scenarioOf, scenario.getBaseline().getOrganization().getName(), text);
        }
        return text;
    }

    /** A yes/no value in words (はい／いいえ). */
    static String yesNo(boolean value) {
        return value ? Messages.Value_yes : Messages.Value_no;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new Source(object, source);
    }

    private static final class Source implements IPropertySource {
        private final Object object;
        private final IItemPropertySource source;

        Source(Object object, IItemPropertySource source) {
            this.object = object;
            this.source = source;
        }

        @Override
        public Object getEditableValue() {
            return source.getEditableValue(object);
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> result = new ArrayList<>();
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
                if (applies(object, descriptor)) {
                    result.add(new Descriptor(object, descriptor));
                }
            }
            return result.toArray(new IPropertyDescriptor[0]);
        }

        private IItemPropertyDescriptor item(Object id) {
            return source.getPropertyDescriptor(object, id);
        }

        @Override
        public Object getPropertyValue(Object id) {
            Object value = item(id).getPropertyValue(object);
            return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
        }

        @Override
        public boolean isPropertySet(Object id) {
            return item(id).isPropertySet(object);
        }

        @Override
        public void resetPropertyValue(Object id) {
            item(id).resetPropertyValue(object);
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            IItemPropertyDescriptor descriptor = item(id);
            Object converted = value;
            if (value instanceof String text && descriptor.getFeature(object) instanceof EAttribute attribute
                    && !(attribute.getEAttributeType() instanceof EEnum)) {
                converted = fromText(object, attribute, text);
                if (object instanceof EObject element && converted != null && converted.equals(element.eGet(attribute))) {
                    return; // the same value in other words ("5" for 5%): nothing to change, nothing to undo
                }
            }
            descriptor.setPropertyValue(object, converted);
        }
    }

    private static final class Descriptor extends PropertyDescriptor {
        private final Object object;
        private final IItemPropertyDescriptor item;

        Descriptor(Object object, IItemPropertyDescriptor item) {
            super(item.getId(object), isRate(object, item.getFeature(object)) ? NLS.bind(Messages.Rate_label, item.getDisplayName(object))
                    : item.getDisplayName(object));
            this.object = object;
            this.item = item;
            String tooltip = tooltip(object, item.getFeature(object));
            setDescription(tooltip != null ? tooltip : item.getDescription(object));
            boolean rate = isRate(object, item.getFeature(object));
            setCategory(item.getCategory(object));
            IItemLabelProvider labels = item.getLabelProvider(object);
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Object value = element instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : element;
                    if (rate && value instanceof Number number) {
                        return Rates.percent(number.doubleValue());
                    }
                    return value instanceof Boolean yes ? yesNo(yes) : labels.getText(value);
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object)) {
                return null;
            }
            Object feature = item.getFeature(object);
            if (feature instanceof EStructuralFeature structural && structural.isMany()) {
                return null;
            }
            Collection<?> choices = item.getChoiceOfValues(object);
            if (choices == null && feature instanceof EAttribute attribute
                    && (attribute.getEAttributeType().getInstanceClass() == boolean.class
                            || attribute.getEAttributeType().getInstanceClass() == Boolean.class)) {
                choices = List.of(Boolean.TRUE, Boolean.FALSE);
            }
            if (choices != null) {
                ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY);
                editor.setContentProvider(ArrayContentProvider.getInstance());
                IItemLabelProvider labels = item.getLabelProvider(object);
                editor.setLabelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return element == null ? "" : element instanceof Boolean yes ? yesNo(yes) : labels.getText(element); //$NON-NLS-1$
                    }
                });
                editor.setInput(new ArrayList<>(choices));
                return editor;
            }
            if (feature instanceof EAttribute attribute) {
                EDataType type = attribute.getEAttributeType();
                boolean rate = isRate(object, attribute);
                TextCellEditor editor = new TextCellEditor(parent) {
                    @Override
                    protected void doSetValue(Object value) {
                        // a rate is edited as the percentage it is shown as
                        super.doSetValue(value == null ? "" : rate && value instanceof Number number ? Rates.percent(number.doubleValue()) //$NON-NLS-1$
                                : EcoreUtil.convertToString(type, value));
                    }
                };
                editor.setValidator(value -> {
                    try {
                        fromText(object, attribute, String.valueOf(value));
                        return null;
                    } catch (RuntimeException e) {
                        return refusal(object, attribute, String.valueOf(value), e);
                    }
                });
                return editor;
            }
            return null;
        }
    }
}
