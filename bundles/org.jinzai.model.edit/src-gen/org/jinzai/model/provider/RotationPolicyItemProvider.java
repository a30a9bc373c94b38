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

import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RotationPolicy;

/**
 * This is the item provider adapter for a {@link org.jinzai.model.RotationPolicy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RotationPolicyItemProvider 
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
	public RotationPolicyItemProvider(AdapterFactory adapterFactory) {
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

			addMinTenureYearsPropertyDescriptor(object);
			addMaxTenureYearsPropertyDescriptor(object);
			addMoveMonthPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Min Tenure Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinTenureYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RotationPolicy_minTenureYears_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RotationPolicy_minTenureYears_feature", "_UI_RotationPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.ROTATION_POLICY__MIN_TENURE_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Tenure Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxTenureYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RotationPolicy_maxTenureYears_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RotationPolicy_maxTenureYears_feature", "_UI_RotationPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.ROTATION_POLICY__MAX_TENURE_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Move Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMoveMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RotationPolicy_moveMonth_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RotationPolicy_moveMonth_feature", "_UI_RotationPolicy_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.ROTATION_POLICY__MOVE_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
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
			childrenFeatures.add(JinzaiPackage.Literals.ROTATION_POLICY__ALLOWED_TRANSFERS);
			childrenFeatures.add(JinzaiPackage.Literals.ROTATION_POLICY__RULES);
			childrenFeatures.add(JinzaiPackage.Literals.ROTATION_POLICY__TENURES);
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
	 * This returns RotationPolicy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RotationPolicy")); //$NON-NLS-1$
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
		RotationPolicy rotationPolicy = (RotationPolicy)object;
		return getString("_UI_RotationPolicy_type") + " " + rotationPolicy.getMinTenureYears(); //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(RotationPolicy.class)) {
			case JinzaiPackage.ROTATION_POLICY__MIN_TENURE_YEARS:
			case JinzaiPackage.ROTATION_POLICY__MAX_TENURE_YEARS:
			case JinzaiPackage.ROTATION_POLICY__MOVE_MONTH:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JinzaiPackage.ROTATION_POLICY__ALLOWED_TRANSFERS:
			case JinzaiPackage.ROTATION_POLICY__RULES:
			case JinzaiPackage.ROTATION_POLICY__TENURES:
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

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__ALLOWED_TRANSFERS,
				 JinzaiFactory.eINSTANCE.createAllowedTransfer()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__RULES,
				 JinzaiFactory.eINSTANCE.createNoMoveAfterCourseRule()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__RULES,
				 JinzaiFactory.eINSTANCE.createNoMoveDuringLargeProjectRule()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__RULES,
				 JinzaiFactory.eINSTANCE.createHeadcountBoundRule()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__RULES,
				 JinzaiFactory.eINSTANCE.createStep3ToLargeProjectsRule()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__RULES,
				 JinzaiFactory.eINSTANCE.createLeaveItAfterStepRule()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__RULES,
				 JinzaiFactory.eINSTANCE.createSpecialistStaysInItRule()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__RULES,
				 JinzaiFactory.eINSTANCE.createSpreadStepRule()));

		newChildDescriptors.add
			(createChildParameter
				(JinzaiPackage.Literals.ROTATION_POLICY__TENURES,
				 JinzaiFactory.eINSTANCE.createKindTenure()));
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
