/**
 */
package org.jinzai.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.jinzai.model.AppointmentPolicy;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.JinzaiPackage;

/**
 * This is the item provider adapter for a {@link org.jinzai.model.AppointmentPolicy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AppointmentPolicyItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppointmentPolicyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addPersonaPropertyDescriptor(object);
			addPerDepartmentPropertyDescriptor(object);
			addTotalPropertyDescriptor(object);
			addYearlyAppointmentsPropertyDescriptor(object);
			addMinAgePropertyDescriptor(object);
			addMaxAgePropertyDescriptor(object);
			addMinMonthsInPostPropertyDescriptor(object);
			addReappointmentProbabilityPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Persona feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPersonaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_persona_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_persona_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__PERSONA,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Per Department feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPerDepartmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_perDepartment_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_perDepartment_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__PER_DEPARTMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Total feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTotalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_total_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_total_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__TOTAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Yearly Appointments feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearlyAppointmentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_yearlyAppointments_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_yearlyAppointments_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__YEARLY_APPOINTMENTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Min Age feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinAgePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_minAge_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_minAge_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__MIN_AGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Age feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxAgePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_maxAge_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_maxAge_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__MAX_AGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Min Months In Post feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinMonthsInPostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_minMonthsInPost_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_minMonthsInPost_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__MIN_MONTHS_IN_POST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reappointment Probability feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReappointmentProbabilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AppointmentPolicy_reappointmentProbability_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_AppointmentPolicy_reappointmentProbability_feature", "_UI_AppointmentPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(JinzaiPackage.Literals.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns AppointmentPolicy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AppointmentPolicy")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		AppointmentPolicy appointmentPolicy = (AppointmentPolicy)object;
		return getString("_UI_AppointmentPolicy_type") + " " + appointmentPolicy.getPerDepartment(); //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(AppointmentPolicy.class)) {
			case JinzaiPackage.APPOINTMENT_POLICY__PER_DEPARTMENT:
			case JinzaiPackage.APPOINTMENT_POLICY__TOTAL:
			case JinzaiPackage.APPOINTMENT_POLICY__YEARLY_APPOINTMENTS:
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_AGE:
			case JinzaiPackage.APPOINTMENT_POLICY__MAX_AGE:
			case JinzaiPackage.APPOINTMENT_POLICY__MIN_MONTHS_IN_POST:
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JinzaiPackage.APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return JinzaiEditPlugin.INSTANCE;
	}

}
